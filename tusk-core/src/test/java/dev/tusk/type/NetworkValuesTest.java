package dev.tusk.type;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.exception.ValidationException;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class NetworkValuesTest {

    @Test
    void inetParsesAddressesWithAndWithoutPrefix() throws Exception {
        assertEquals(new Inet(InetAddress.getByName("10.1.2.3"), 8), Inet.parse("10.1.2.3/8"));
        assertEquals(new Inet(InetAddress.getByName("192.168.0.1"), 32), Inet.parse("192.168.0.1"));
        assertEquals(new Inet(InetAddress.getByName("2001:db8::1"), 128), Inet.parse("2001:db8::1"));
        assertEquals(new Inet(InetAddress.getByName("2001:db8::"), 32), Inet.parse("2001:db8::/32"));
    }

    @Test
    void inetTextIsTheBareAddressForAHost() {
        assertEquals("10.1.2.3/8", Inet.parse("10.1.2.3/8").toString());
        assertEquals("10.1.2.3", Inet.parse("10.1.2.3/32").toString());
    }

    @Test
    void inetNeverResolvesHostNames() {
        ValidationException refused = assertThrows(ValidationException.class, () -> Inet.parse("localhost"));
        assertTrue(refused.getMessage().contains("not resolved"), refused.getMessage());
        assertThrows(ValidationException.class, () -> Inet.parse("999.1.1.1"));
        assertThrows(ValidationException.class, () -> Inet.parse("1:2:3:4:5:6:7:8:9"));
    }

    @Test
    void inetRefusesOutOfRangePrefixes() {
        assertThrows(ValidationException.class, () -> Inet.parse("10.0.0.0/33"));
        assertThrows(ValidationException.class, () -> Inet.parse("::/129"));
        assertThrows(ValidationException.class, () -> Inet.parse("10.0.0.0/x"));
    }

    @Test
    void networkClearsHostBitsForCidr() {
        Inet host = Inet.parse("10.1.2.3/8");
        assertFalse(host.isNetwork());
        assertEquals(Inet.parse("10.0.0.0/8"), host.network());
        assertTrue(Inet.parse("2001:db8:ff00::/40").isNetwork());
        assertEquals(Inet.parse("2001:db8:ff00::/40"), Inet.parse("2001:db8:ff00::1/40").network());
        assertEquals(Inet.parse("2001:db8:f000::/36"), Inet.parse("2001:db8:ff00::1/36").network());
    }

    @Test
    void cidrCodecRefusesHostBitsAndNamesTheNetwork() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> InetPrefixCodec.CIDR.validate(Inet.parse("10.1.2.3/8")));
        assertTrue(refused.getMessage().contains("10.0.0.0/8"), refused.getMessage());
        InetPrefixCodec.INET.validate(Inet.parse("10.1.2.3/8"));
    }

    @Test
    void inetAddressCodecRefusesANetworkPrefixOnRead() {
        ValidationException refused = assertThrows(ValidationException.class, () -> InetCodec.INET.parse("10.0.0.0/8"));
        assertTrue(refused.getMessage().contains("dev.tusk.type.Inet"), refused.getMessage());
    }

    @Test
    void macAddressParsesEveryPostgresInputForm() {
        MacAddress expected = new MacAddress(new byte[] {0x08, 0x00, 0x2b, 0x01, 0x02, 0x03});
        for (String form : new String[] {"08:00:2b:01:02:03", "08-00-2b-01-02-03", "08002b:010203", "08002b-010203",
                "0800.2b01.0203", "0800-2b01-0203", "08002b010203", "08:00:2B:01:02:03"}) {
            assertEquals(expected, MacAddress.parse(form), form);
        }
        assertEquals("08:00:2b:01:02:03", expected.toString());
    }

    @Test
    void macAddressIsImmutableAndComparesByValue() {
        byte[] bytes = {1, 2, 3, 4, 5, 6};
        MacAddress mac = new MacAddress(bytes);
        bytes[0] = 9;
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6}, mac.bytes());
        mac.bytes()[1] = 9;
        assertEquals(new MacAddress(new byte[] {1, 2, 3, 4, 5, 6}), mac);
        assertEquals(new MacAddress(new byte[] {1, 2, 3, 4, 5, 6}).hashCode(), mac.hashCode());
        assertNotEquals(new MacAddress(new byte[] {1, 2, 3, 4, 5, 7}), mac);
    }

    @Test
    void macAddressRefusesWrongLengths() {
        assertThrows(ValidationException.class, () -> MacAddress.parse("08:00:2b:01:02"));
        assertThrows(ValidationException.class, () -> MacAddress.parse("08:00:2b:01:02:0g"));
        assertThrows(ValidationException.class, () -> new MacAddress(new byte[8]));
    }
}
