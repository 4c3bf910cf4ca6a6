package io.escapement.vault;

import io.escapement.privacy.DataMap;
import io.escapement.privacy.DeclaredField;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.Purpose;
import io.escapement.privacy.Sensitivity;
import io.escapement.privacy.SubjectErased;
import io.escapement.vault.DataKeys.DataKey;
import io.escapement.vault.spi.AccessRecorder;
import io.escapement.vault.spi.ConsentCheck;
import io.escapement.vault.spi.KeyManagement;
import io.escapement.vault.spi.PersonalDataAccess;
import io.escapement.vault.spi.PersonalDataAccess.Action;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only place personal information is stored and decrypted (P-2). Other modules keep a {@link
 * SubjectId} and declare their fields with {@link PersonalData}; the vault seals each field with
 * the subject's own data key, bound to subject and field.
 *
 * <p>Every read names a purpose and an {@link Accessor}: the purpose must be declared for the
 * field in the data map and allowed by the {@link ConsentCheck}; staff and partner reads are
 * recorded by the {@link AccessRecorder} in the same transaction (P-5). After {@link #shred} every
 * read answers {@link Read.Erased}, also from restored backups.
 */
public class PersonalDataVault {

    private final JdbcClient jdbc;
    private final DataMap dataMap;
    private final DataKeys keys;
    private final SystemKeys systemKeys;
    private final BlindIndex blindIndex;
    private final KeyManagement keyManagement;
    private final ConsentCheck consent;
    private final AccessRecorder recorder;
    private final ApplicationEventPublisher events;

    PersonalDataVault(
            JdbcClient jdbc,
            DataMap dataMap,
            DataKeys keys,
            SystemKeys systemKeys,
            BlindIndex blindIndex,
            KeyManagement keyManagement,
            ConsentCheck consent,
            AccessRecorder recorder,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.dataMap = dataMap;
        this.keys = keys;
        this.systemKeys = systemKeys;
        this.blindIndex = blindIndex;
        this.keyManagement = keyManagement;
        this.consent = consent;
        this.recorder = recorder;
        this.events = events;
    }

    /** Registers a new data subject, e.g. {@code "buyer"} or {@code "merchant-contact"}, with its own key. */
    @Transactional
    public SubjectId newSubject(String kind) {
        var subject = SubjectId.random();
        jdbc.sql("insert into vault.data_subject (id, kind) values (:id, :kind)")
                .param("id", subject.value())
                .param("kind", kind)
                .update();
        keys.create(subject);
        return subject;
    }

    /**
     * Seals every {@link PersonalData} component of {@code values} for {@code subject}, replacing
     * what was stored; a {@code null} component removes the field. Fields declared with {@code
     * lookup} get a blind index.
     *
     * @throws io.escapement.privacy.UndeclaredPersonalData when the record declares no personal data
     * @throws IllegalStateException when the subject was shredded
     */
    @Transactional
    public void store(SubjectId subject, Record values) {
        var key = keys.find(subject).orElseThrow(() -> new IllegalStateException("The subject was erased"));
        var fields = dataMap.fields().stream()
                .filter(field -> field.owner() == values.getClass())
                .toList();
        if (fields.isEmpty()) {
            throw new io.escapement.privacy.UndeclaredPersonalData(
                    values.getClass().getSimpleName() + " declares no personal data.");
        }
        for (var field : fields) {
            put(subject, key, field, component(values, field.name()));
        }
    }

    /**
     * Staff change a subject's data on the subject's request (for example a verified real name):
     * stored like {@link #store} and written to the audit trail field by field, in the same
     * transaction.
     *
     * @throws AccessDenied when the accessor is not staff or the purpose is not declared
     */
    @Transactional
    public void correct(SubjectId subject, Record values, Purpose purpose, Accessor staff) {
        if (staff.kind() != Accessor.Kind.STAFF) {
            throw new AccessDenied("Only staff, on a case, correct a subject's data this way.");
        }
        store(subject, values);
        dataMap.fields().stream()
                .filter(field -> field.owner() == values.getClass())
                .forEach(field -> {
                    if (!field.allows(purpose)) {
                        throw new AccessDenied(
                                "The data map does not declare " + field.key() + " for the purpose " + purpose + ".");
                    }
                    audit(subject, field, Action.CORRECT, purpose, staff);
                });
    }

    /**
     * The field's value in full. A subject sees its own data after re-authentication; staff need a
     * role allowed to unmask the field's sensitivity, and a reason ({@link Accessor#because}).
     *
     * @throws AccessDenied when the purpose is not declared for the field, consent is missing, or
     *     the accessor may not see the value
     */
    @Transactional
    public <T> Read<T> reveal(
            SubjectId subject, Class<?> owner, String field, Class<T> type, Purpose purpose, Accessor accessor) {
        var declared = permitted(subject, owner, field, purpose);
        requireMayReveal(subject, declared, accessor);
        var read = decrypt(subject, declared, type);
        if (!(read instanceof Read.Absent<T>)) {
            audit(
                    subject,
                    declared,
                    accessor.kind() == Accessor.Kind.PARTNER ? Action.EXPORT : Action.UNMASK,
                    purpose,
                    accessor);
        }
        return read;
    }

    /** The field's masked value, e.g. {@code 138****5678}; how staff see personal data by default. */
    @Transactional
    public Read<String> show(SubjectId subject, Class<?> owner, String field, Purpose purpose, Accessor accessor) {
        var declared = permitted(subject, owner, field, purpose);
        if (accessor.kind() == Accessor.Kind.SUBJECT && !accessor.reference().equals(subject.toString())) {
            throw new AccessDenied("A data subject may only see its own data.");
        }
        var read = decrypt(subject, declared, declared.javaType());
        if (read instanceof Read.Present<?> present) {
            audit(subject, declared, Action.READ, purpose, accessor);
            return new Read.Present<>(Codec.masked(present.value()));
        }
        return read.isErased() ? new Read.Erased<>() : new Read.Absent<>();
    }

    /** The subjects whose field equals {@code value} exactly, found through the blind index. */
    public List<SubjectId> lookup(Class<?> owner, String field, Object value) {
        var declared = dataMap.field(owner, field);
        if (!declared.lookup()) {
            throw new IllegalArgumentException(declared.key() + " is not declared for look-ups.");
        }
        return jdbc
                .sql("select subject_id from vault.blind_index where field = :field and digest = :digest")
                .param("field", declared.key())
                .param("digest", blindIndex.digest(declared.key(), Codec.normalised(value)))
                .query(UUID.class)
                .list()
                .stream()
                .map(SubjectId::new)
                .toList();
    }

    /**
     * Crypto-shredding: destroys the subject's data key, then its ciphertexts and blind-index
     * entries. Copies of the ciphertext in backups can no longer be decrypted. Idempotent.
     *
     * <p>Publishes {@link SubjectErased} in the caller's transaction, so that the modules holding
     * rows linked to the subject remove them (R-3, C-12).
     */
    @Transactional
    public void shred(SubjectId subject) {
        keys.destroy(subject);
        jdbc.sql("delete from vault.blind_index where subject_id = :id")
                .param("id", subject.value())
                .update();
        jdbc.sql("delete from vault.personal_field where subject_id = :id")
                .param("id", subject.value())
                .update();
        jdbc.sql("update vault.data_subject set shredded_at = coalesce(shredded_at, now()) where id = :id")
                .param("id", subject.value())
                .update();
        events.publishEvent(new SubjectErased(subject.value()));
    }

    /**
     * Classes all of the subject's data as sensitive, or back to each field's own class: for a
     * child under 14 every field is sensitive personal information (PIPL art. 28, M-2), so staff
     * need the DPO role to unmask any of it.
     */
    @Transactional
    public void classify(SubjectId subject, Sensitivity sensitivity) {
        jdbc.sql("update vault.data_subject set sensitive = :sensitive where id = :id")
                .param("sensitive", sensitivity == Sensitivity.SENSITIVE)
                .param("id", subject.value())
                .update();
    }

    /** Whether all of the subject's data is classed as sensitive (see {@link #classify}). */
    public boolean isSensitive(SubjectId subject) {
        return jdbc.sql("select sensitive from vault.data_subject where id = :id")
                .param("id", subject.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    private Sensitivity sensitivityOf(SubjectId subject, DeclaredField field) {
        return field.sensitivity() == Sensitivity.SENSITIVE || isSensitive(subject)
                ? Sensitivity.SENSITIVE
                : Sensitivity.GENERAL;
    }

    /** Whether the subject's data can no longer be read. */
    public boolean isErased(SubjectId subject) {
        return keys.find(subject).isEmpty();
    }

    /**
     * Gives the subject a new data key version and re-encrypts its fields under it; the old version
     * is retired once nothing uses it. Reads keep working throughout.
     */
    @Transactional
    public void rotateDataKey(SubjectId subject) {
        var current = keys.find(subject).orElseThrow(() -> new IllegalStateException("The subject was erased"));
        var rotated = keys.addVersion(current, subject);
        var rows = jdbc.sql("select field, ciphertext from vault.personal_field where subject_id = :id for update")
                .param("id", subject.value())
                .query((rs, row) -> new Object[] {rs.getString("field"), rs.getBytes("ciphertext")})
                .list();
        for (var row : rows) {
            var field = (String) row[0];
            var plaintext = open(rotated, subject, field, (byte[]) row[1]);
            jdbc.sql("update vault.personal_field set ciphertext = :ciphertext, updated_at = now()"
                            + " where subject_id = :id and field = :field")
                    .param("ciphertext", seal(rotated, subject, field, plaintext))
                    .param("id", subject.value())
                    .param("field", field)
                    .update();
        }
        keys.dropOldVersions(rotated, subject);
    }

    /**
     * Makes a new master key version current and re-wraps every data key and vault key under it.
     * Until that finishes, keys wrapped by the old version still open.
     *
     * @return the number of data keys re-wrapped
     */
    public long rotateMasterKey() {
        keyManagement.rotateMasterKey();
        systemKeys.rewrapAll();
        return keys.rewrapAll();
    }

    private DeclaredField permitted(SubjectId subject, Class<?> owner, String field, Purpose purpose) {
        var declared = dataMap.field(owner, field);
        if (!declared.allows(purpose)) {
            throw new AccessDenied("The data map does not declare " + declared.key() + " for the purpose " + purpose
                    + "; it is declared for " + declared.purposes() + ".");
        }
        if (!consent.permits(subject, purpose)) {
            throw new AccessDenied("There is no current consent for " + purpose + ".");
        }
        return declared;
    }

    private void requireMayReveal(SubjectId subject, DeclaredField field, Accessor accessor) {
        switch (accessor.kind()) {
            case SUBJECT -> {
                if (!accessor.reference().equals(subject.toString())) {
                    throw new AccessDenied("A data subject may only see its own data.");
                }
                if (!accessor.reauthenticated()) {
                    throw new AccessDenied("Sign in again to see your personal information in full.");
                }
            }
            case STAFF -> {
                if (accessor.reason() == null) {
                    throw new AccessDenied("Staff state a reason to see personal information in full.");
                }
                var sensitivity = sensitivityOf(subject, field);
                if (!Objects.requireNonNull(accessor.role()).mayUnmask(sensitivity)) {
                    throw new AccessDenied("The role " + accessor.role() + " may not unmask "
                            + sensitivity.name().toLowerCase() + " personal information (" + field.key() + ").");
                }
            }
            case PARTNER, SYSTEM -> {}
        }
    }

    private void audit(SubjectId subject, DeclaredField field, Action action, Purpose purpose, Accessor accessor) {
        if (accessor.isAudited()) {
            recorder.record(new PersonalDataAccess(subject, field.key(), field.category(), action, purpose, accessor));
        }
    }

    private <T> Read<T> decrypt(SubjectId subject, DeclaredField field, Class<T> type) {
        var key = keys.find(subject);
        if (key.isEmpty()) {
            return new Read.Erased<>();
        }
        var ciphertext = jdbc.sql(
                        "select ciphertext from vault.personal_field where subject_id = :id and field = :field")
                .param("id", subject.value())
                .param("field", field.key())
                .query(byte[].class)
                .optional();
        return ciphertext
                .<Read<T>>map(
                        bytes -> new Read.Present<>(Codec.decode(open(key.get(), subject, field.key(), bytes), type)))
                .orElseGet(Read.Absent::new);
    }

    private void put(SubjectId subject, DataKey key, DeclaredField field, @Nullable Object value) {
        jdbc.sql("delete from vault.blind_index where subject_id = :id and field = :field")
                .param("id", subject.value())
                .param("field", field.key())
                .update();
        if (value == null) {
            jdbc.sql("delete from vault.personal_field where subject_id = :id and field = :field")
                    .param("id", subject.value())
                    .param("field", field.key())
                    .update();
            return;
        }
        jdbc.sql("""
                        insert into vault.personal_field (subject_id, field, category, ciphertext)
                        values (:id, :field, :category, :ciphertext)
                        on conflict (subject_id, field) do update
                          set ciphertext = excluded.ciphertext, category = excluded.category, updated_at = now()""")
                .param("id", subject.value())
                .param("field", field.key())
                .param("category", field.category().code())
                .param("ciphertext", seal(key, subject, field.key(), Codec.encode(value)))
                .update();
        if (field.lookup()) {
            jdbc.sql("insert into vault.blind_index (field, digest, subject_id) values (:field, :digest, :id)")
                    .param("field", field.key())
                    .param("digest", blindIndex.digest(field.key(), Codec.normalised(value)))
                    .param("id", subject.value())
                    .update();
        }
    }

    static byte[] seal(DataKey key, SubjectId subject, String field, String plaintext) {
        try {
            return key.aead().encrypt(plaintext.getBytes(StandardCharsets.UTF_8), binding(subject, field));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt " + field, e);
        }
    }

    static String open(DataKey key, SubjectId subject, String field, byte[] ciphertext) {
        try {
            return new String(key.aead().decrypt(ciphertext, binding(subject, field)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The ciphertext of " + field + " does not belong to this subject and field, or was altered", e);
        }
    }

    /** Associated data: a ciphertext copied to another subject or field fails to decrypt. */
    private static byte[] binding(SubjectId subject, String field) {
        return (subject.value() + "/" + field).getBytes(StandardCharsets.UTF_8);
    }

    private static @Nullable Object component(Record values, String name) {
        try {
            for (var component : values.getClass().getRecordComponents()) {
                if (component.getName().equals(name)) {
                    component.getAccessor().setAccessible(true);
                    return component.getAccessor().invoke(values);
                }
            }
            throw new IllegalArgumentException(name);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
