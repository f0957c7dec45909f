package dev.jsupervisor.config.value;

import java.math.BigInteger;

/**
 * datatypes.name_to_uid / name_to_gid: a value that parses as a Python int is an id (which must
 * exist), anything else is a name. Ids are 32-bit unsigned; 2**32-1 is the "-1" of uid_t.
 */
final class IdLookups {
    private IdLookups() {}

    private static final BigInteger MAX_ID = BigInteger.valueOf(0xffffffffL);

    static int uid(String value, Accounts accounts) throws ValueException {
        BigInteger id = numberOrNull(value);
        if (id == null) {
            return accounts.uidOf(value).orElseThrow(() -> new ValueException(Messages.badUserName(value)));
        }
        if (!isUsableId(id) || !accounts.uidExists(id.intValue())) {
            throw new ValueException(Messages.badUserId(value));
        }
        return id.intValue();
    }

    static int gid(String value, Accounts accounts) throws ValueException {
        BigInteger id = numberOrNull(value);
        if (id == null) {
            return accounts.gidOf(value).orElseThrow(() -> new ValueException(Messages.badGroupName(value)));
        }
        boolean minusOne = id.equals(BigInteger.ONE.negate());
        if (!minusOne && (id.signum() < 0 || id.compareTo(MAX_ID) > 0)) {
            // grp.getgrgid raises OverflowError, not KeyError, for these
            throw new ValueException(Messages.gidOutOfRange());
        }
        if (!isUsableId(id) || !accounts.gidExists(id.intValue())) {
            throw new ValueException(Messages.badGroupId(value));
        }
        return id.intValue();
    }

    /** 0 .. 2**32-2: what a passwd/group entry can carry. */
    private static boolean isUsableId(BigInteger id) {
        return id.signum() >= 0 && id.compareTo(MAX_ID) < 0;
    }

    private static BigInteger numberOrNull(String value) {
        try {
            return PyInt.parse(value);
        } catch (ValueException e) {
            return null;
        }
    }
}
