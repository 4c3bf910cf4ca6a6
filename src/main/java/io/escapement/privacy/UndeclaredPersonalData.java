package io.escapement.privacy;

/** Personal information was handled through a field the data map does not declare. */
public class UndeclaredPersonalData extends IllegalArgumentException {

    public UndeclaredPersonalData(String message) {
        super(message);
    }
}
