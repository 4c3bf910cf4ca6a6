package io.escapement.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.testing.ResidueScan.Finding;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URLEncoder;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class ResidueScanTests {

    static final String NAME = "张三丰";

    static final String PHONE = "+86 138 0013 8000";

    static final String EMAIL = "Zhang.Sanfeng@Wudang.example";

    static final String QUOTED_NAME = "Zoë \"Ångström\"";

    static final String ABSENT = "李四光";

    static EmbeddedPostgres postgres;

    static DataSource dataSource;

    @BeforeAll
    static void plantResidue() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("create schema residue").update();
        jdbc.sql("""
            create table residue.customer (
                id int primary key,
                name text,
                email text,
                shipping_label text,
                callback_url text,
                profile json,
                preferences jsonb,
                aliases text[],
                token text,
                fingerprint text,
                photo bytea)
            """).update();
        jdbc.sql("""
            insert into residue.customer values (1, :name, :email, :label, :url,
                cast(:json as json), cast(:json as jsonb), :aliases, :token, :fingerprint, :photo)
            """)
                .param("name", NAME)
                .param("email", EMAIL.toLowerCase(Locale.ROOT))
                .param("label", "ATTN " + EMAIL.toUpperCase(Locale.ROOT))
                .param("url", "https://shop.example/callback?phone=" + URLEncoder.encode(PHONE, UTF_8))
                // 张三丰 as Jackson writes it with ESCAPE_NON_ASCII
                .param("json", "{\"name\": \"\\u5f20\\u4e09\\u4e30\"}")
                .param("aliases", new String[] {"Zhang San", NAME})
                // 8 bytes before the address, so it does not start on a Base64 group
                .param("token", Base64.getEncoder().encodeToString(("{\"who\":\"" + EMAIL + "\"}").getBytes(UTF_8)))
                .param("fingerprint", HexFormat.of().withUpperCase().formatHex(PHONE.getBytes(UTF_8)))
                .param("photo", photoWith(PHONE))
                .update();

        jdbc.sql("create table residue.outbox (id int primary key, payload text)")
                .update();
        var payloads = List.of(
                "{\"to\": \"Zoë \\\"Ångström\\\"\"}",
                "{\"to\": \"Zo\\u00EB \\\"\\u00C5ngstr\\u00F6m\\\"\"}",
                "to=Zo%C3%AB%20%22%C3%85ngstr%C3%B6m%22",
                Base64.getUrlEncoder().withoutPadding().encodeToString(QUOTED_NAME.getBytes(UTF_8)));
        for (var i = 0; i < payloads.size(); i++) {
            jdbc.sql("insert into residue.outbox values (?, ?)")
                    .params(i, payloads.get(i))
                    .update();
        }

        jdbc.sql("create schema \"Odd \"\"Schema\"\"\"").update();
        jdbc.sql("create table \"Odd \"\"Schema\"\"\".\"Customer Notes\" (\"Free Text\" text)")
                .update();
        jdbc.sql("insert into \"Odd \"\"Schema\"\"\".\"Customer Notes\" values (?)")
                .param("call back on " + PHONE)
                .update();

        jdbc.sql("""
            create table residue.audit_trail as
            select g as id, md5(g::text) as entry from generate_series(1, 2500) g
            """).update();
        jdbc.sql("update residue.audit_trail set entry = 'REF-7734-XJ' where id = 2500")
                .update();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void findsANameRawInTextArraysAndJsonbAndEscapedInJson() {
        // jsonb decodes the escapes on input, so the name comes back raw from it
        assertThat(ResidueScan.of(dataSource).find(List.of(NAME)))
                .containsExactlyInAnyOrder(
                        customer("name", "raw"),
                        customer("profile", "json-escaped"),
                        customer("preferences", "raw"),
                        customer("aliases", "raw"));
    }

    @Test
    void findsAnEmailAddressLowerCasedUpperCasedAndInsideBase64() {
        assertThat(ResidueScan.of(dataSource).find(List.of(EMAIL)))
                .containsExactlyInAnyOrder(
                        customer("email", "lower-case"),
                        customer("shipping_label", "upper-case"),
                        customer("token", "base64"));
    }

    @Test
    void findsAPhoneNumberUrlEncodedAsHexInAnyCaseAndAsBytesInBytea() {
        assertThat(ResidueScan.of(dataSource).find(List.of(PHONE)))
                .containsExactlyInAnyOrder(
                        customer("callback_url", "url-encoded"),
                        customer("fingerprint", "hex"),
                        customer("photo", "raw"),
                        new Finding("Odd \"Schema\"", "Customer Notes", "Free Text", "raw"));
    }

    @Test
    void findsJsonStringsPercentEncodingAndUrlSafeBase64() {
        assertThat(ResidueScan.of(dataSource).find(List.of(QUOTED_NAME)))
                .containsExactlyInAnyOrder(
                        outbox("json-string"),
                        outbox("json-escaped (upper-case hex)"),
                        outbox("url-encoded (%20)"),
                        outbox("base64url"));
    }

    @Test
    void findsResidueInRowsBeyondTheFirstFetch() {
        assertThat(ResidueScan.of(dataSource).find(List.of("REF-7734-XJ")))
                .containsExactly(new Finding("residue", "audit_trail", "entry", "raw"));
    }

    @Test
    void findsNothingForAValueThatIsNotStored() {
        assertThat(ResidueScan.of(dataSource).find(List.of(ABSENT))).isEmpty();
    }

    @Test
    void looksForEveryGivenPlaintext() {
        assertThat(ResidueScan.of(dataSource).find(List.of(ABSENT, NAME, "REF-7734-XJ")))
                .hasSize(5)
                .contains(customer("name", "raw"), new Finding("residue", "audit_trail", "entry", "raw"));
    }

    @Test
    void failsAnAssertionNamingColumnsAndEncodingsButNotValues() {
        assertThatThrownBy(() -> ResidueScan.of(dataSource).assertNoneOf(ABSENT, EMAIL))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("plaintext #2 found in:")
                .hasMessageContaining("residue.customer.email (lower-case)")
                .hasMessageContaining("residue.customer.token (base64)")
                .hasMessageNotContaining("plaintext #1")
                .hasMessageNotContainingAny(EMAIL, EMAIL.toLowerCase(Locale.ROOT), "ATTN");
    }

    @Test
    void passesTheAssertionWhenNoResidueIsLeft() {
        assertThatCode(() -> ResidueScan.of(dataSource).assertNoneOf(ABSENT, "someone@else.example"))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsAnEmptyPlaintext() {
        assertThatThrownBy(() -> ResidueScan.of(dataSource).find(List.of("")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void showsAFindingAsQualifiedColumnAndEncoding() {
        assertThat(customer("photo", "raw")).hasToString("residue.customer.photo (raw)");
    }

    static Finding customer(String column, String encoding) {
        return new Finding("residue", "customer", column, encoding);
    }

    static Finding outbox(String encoding) {
        return new Finding("residue", "outbox", "payload", encoding);
    }

    static byte[] photoWith(String plaintext) {
        var header = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x00, (byte) 0xff};
        var text = plaintext.getBytes(UTF_8);
        var photo = new byte[header.length + text.length + 2];
        System.arraycopy(header, 0, photo, 0, header.length);
        System.arraycopy(text, 0, photo, header.length, text.length);
        photo[photo.length - 1] = (byte) 0xfe;
        return photo;
    }
}
