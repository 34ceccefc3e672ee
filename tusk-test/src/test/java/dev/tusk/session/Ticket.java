package dev.tusk.session;

import dev.tusk.annotation.ForeignKey;
import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;

/** A record entity: the session tracks it by replacement. */
@Table(name = "s_ticket")
public record Ticket(@Id @Generated Long id, @ForeignKey(references = Customer.class) Long customerId,
                     String subject, String status) {

    public Ticket withStatus(String newStatus) {
        return new Ticket(id, customerId, subject, newStatus);
    }
}
