package dev.tusk.validation;

import dev.tusk.annotation.Column;
import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A record with Jakarta constraints next to mapping checks. The key is {@code @NotNull} but left to the database on insert. */
@Table(name = "val_members")
public record Member(@Id @Generated @NotNull Long id,
                     @NotBlank @Column(length = 20) String username,
                     @Email String email,
                     @Size(min = 2, max = 12) String nickname,
                     @Min(18) int age,
                     @Column(precision = 6, scale = 2) BigDecimal balance) {

    static final String SQL = """
            create table val_members (id bigserial primary key, username varchar(20) unique, email text,
                                      nickname text, age integer not null, balance numeric(6,2));
            """;

    static Member valid(String username) {
        return new Member(null, username, username + "@example.com", "nick", 30, new BigDecimal("10.00"));
    }

    Member withEmail(String newEmail) {
        return new Member(id, username, newEmail, nickname, age, balance);
    }

    Member withUsername(String newUsername) {
        return new Member(id, newUsername, email, nickname, age, balance);
    }
}
