package dev.tusk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.ValidationException;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Needs database-builder.patch: Database.builder().validator(...) chooses the entity validator. */
@TuskTest
class BuilderOptOutTest {

    @BeforeAll
    static void tables(TestDatabase database) {
        database.execute(Member.SQL);
    }

    @Test
    void aDatabaseBuiltWithNoValidatorMakesOnlyTheMappingChecks(Database db) {
        Database unchecked = Database.builder().dataSource(db.dataSource()).validator(EntityValidator.none()).build();
        Member blank = Member.valid("zed").withUsername(" ");

        Member stored = unchecked.insert(blank);

        assertThat(db.get(Member.class, stored.id()).username()).isEqualTo(" ");
        assertThatThrownBy(() -> unchecked.insert(Member.valid("zoe").withUsername("x".repeat(21))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("username is 21 characters long");
        assertThatThrownBy(() -> db.insert(blank.withUsername("  "))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("username: must not be blank");
    }
}
