/**
 * Validation of entities before they are written, beyond the checks the mapping implies (which
 * {@link dev.tusk.mapping.EntityPlan} makes): an {@link dev.tusk.validation.EntityValidator}, by default
 * Jakarta Validation when a provider (Hibernate Validator) is on the class path, and nothing otherwise.
 * Jakarta Validation is an optional dependency: only {@link dev.tusk.validation.JakartaValidation}
 * touches its types, and it is loaded only once the API has been found.
 */
package dev.tusk.validation;
