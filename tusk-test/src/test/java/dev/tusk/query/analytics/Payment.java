package dev.tusk.query.analytics;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** Pagila's payment table (partitioned by month; the key is (payment_date, payment_id)). */
@Table(name = "payment")
public record Payment(@Id Integer paymentId,
                      Integer customerId,
                      Integer staffId,
                      Integer rentalId,
                      BigDecimal amount,
                      @Id OffsetDateTime paymentDate) {}
