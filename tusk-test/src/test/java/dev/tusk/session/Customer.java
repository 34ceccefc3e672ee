package dev.tusk.session;

import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import dev.tusk.annotation.Version;
import java.util.ArrayList;
import java.util.List;

/** A class entity: the session tracks its changes in place. */
@Table(name = "s_customer")
public class Customer {
    @Id @Generated Long id;
    String name;
    String email;
    List<String> tags = new ArrayList<>();
    @Version int version;

    public Customer() {
    }

    public Customer(String name, String email) {
        this.name = name;
        this.email = email;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public List<String> getTags() {
        return tags;
    }

    public int getVersion() {
        return version;
    }
}
