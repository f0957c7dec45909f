package dev.jsupervisor.config.value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Python's ipaddress.IPv4Address / IPv6Address string validation (3.11 rules). */
final class IpAddresses {
    private IpAddresses() {}

    private static final int HEXTETS = 8;

    /** Four dot-separated ASCII decimal octets, each 0..255, no leading zeros. */
    static boolean isIpv4(String text) {
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || !octet.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return false;
            }
            if (Integer.parseInt(octet) > 255 || (octet.length() > 1 && octet.charAt(0) == '0')) {
                return false;
            }
        }
        return true;
    }

    /** Hex groups separated by ':', at most one "::", optional IPv4 tail, optional %scope. */
    static boolean isIpv6(String text) {
        int percent = text.indexOf('%');
        String address = text;
        if (percent >= 0) {
            String scope = text.substring(percent + 1);
            if (scope.isEmpty() || scope.indexOf('%') >= 0) {
                return false;
            }
            address = text.substring(0, percent);
        }
        List<String> parts = new ArrayList<>(Arrays.asList(address.split(":", -1)));
        if (parts.size() < 3) {
            return false;
        }
        String last = parts.get(parts.size() - 1);
        if (last.indexOf('.') >= 0) {
            if (!isIpv4(last)) {
                return false;
            }
            parts.set(parts.size() - 1, "0");
            parts.add("0"); // the IPv4 tail stands for two hextets
        }
        if (parts.size() > HEXTETS + 1) {
            return false;
        }
        return hasValidShape(parts) && parts.stream().allMatch(IpAddresses::isHextetOrEmpty);
    }

    /** Where the empty parts may be: only one "::" (interior empty part), or none and exactly 8 parts. */
    private static boolean hasValidShape(List<String> parts) {
        int skip = -1;
        for (int i = 1; i < parts.size() - 1; i++) {
            if (parts.get(i).isEmpty()) {
                if (skip >= 0) {
                    return false;
                }
                skip = i;
            }
        }
        if (skip < 0) {
            return parts.size() == HEXTETS && !parts.get(0).isEmpty() && !parts.get(parts.size() - 1).isEmpty();
        }
        int high = skip;
        int low = parts.size() - skip - 1;
        if (parts.get(0).isEmpty() && --high != 0) {
            return false;
        }
        if (parts.get(parts.size() - 1).isEmpty() && --low != 0) {
            return false;
        }
        return HEXTETS - (high + low) >= 1;
    }

    private static boolean isHextetOrEmpty(String part) {
        return part.length() <= 4 && part.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 0x80);
    }
}
