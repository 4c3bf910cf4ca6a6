package io.escapement.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class DatabaseDumpTests {

    static final String NAME = "张三丰";

    static final String PHONE = "+86 138 0013 8000";

    static final String EMAIL = "zhang.sanfeng@wudang.example";

    static EmbeddedPostgres postgres;

    static DataSource dataSource;

    static JdbcClient jdbc;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void restoresModifiedDeletedAndAddedRowsExactly() {
        createShop("restored");
        var before = rows("restored.vault_entry", "restored.listing");
        var dump = DatabaseDump.take(dataSource, "restored");

        jdbc.sql("update restored.vault_entry set full_name = 'shredded', photo = null, profile = '{}'")
                .update();
        jdbc.sql("delete from restored.listing where id = 1").update();
        jdbc.sql("delete from restored.vault_entry where id = 1").update();
        jdbc.sql("insert into restored.listing (seller, reference) values (2, '5711/1A')")
                .update();
        assertThat(rows("restored.vault_entry", "restored.listing")).isNotEqualTo(before);

        dump.restore(dataSource);

        assertThat(rows("restored.vault_entry", "restored.listing")).isEqualTo(before);
    }

    @Test
    void checksForeignKeysAgainOnTheConnectionThatRestored() throws SQLException {
        createShop("checked");
        var dump = DatabaseDump.take(dataSource, "checked");

        try (var connection = dataSource.getConnection()) {
            var sameConnection = new SingleConnectionDataSource(connection, true);
            dump.restore(sameConnection);

            assertThatThrownBy(() -> JdbcClient.create(sameConnection)
                            .sql("insert into checked.listing (seller, reference) values (999, '116500LN')")
                            .update())
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
    }

    @Test
    void dumpsEveryTableOfTheGivenSchemasInNameOrder() {
        createShop("listed");
        createShop("elsewhere");
        jdbc.sql("create view listed.seller_names as select full_name from listed.vault_entry")
                .update();

        var dump = DatabaseDump.take(dataSource, "listed");

        assertThat(dump.tables()).containsExactly("listed.listing", "listed.vault_entry");
    }

    @Test
    void dumpsEverySchemaButTheSystemOnesWhenNoneAreGiven() {
        createShop("everything");

        var tables = DatabaseDump.take(dataSource).tables();

        assertThat(tables)
                .contains("everything.listing", "everything.vault_entry")
                .allSatisfy(table -> assertThat(table).doesNotStartWith("pg_").doesNotStartWith("information_schema."));
    }

    @Test
    void restoresTablesWhoseNamesNeedQuoting() {
        jdbc.sql("create schema \"Box & \"\"Papers\"\"\"").update();
        jdbc.sql("create table \"Box & \"\"Papers\"\"\".\"Service History\" (id int primary key, note text)")
                .update();
        jdbc.sql("insert into \"Box & \"\"Papers\"\"\".\"Service History\" values (1, 'serviced in Geneva')")
                .update();
        var dump = DatabaseDump.take(dataSource, "Box & \"Papers\"");

        jdbc.sql("delete from \"Box & \"\"Papers\"\"\".\"Service History\"").update();
        dump.restore(dataSource);

        assertThat(dump.tables()).containsExactly("Box & \"Papers\".Service History");
        assertThat(rows("\"Box & \"\"Papers\"\"\".\"Service History\"")).containsExactly("(1,\"serviced in Geneva\")");
    }

    @Test
    void containsThePlaintextOfStoredValuesOnly() {
        createShop("plain");
        jdbc.sql("create schema sealed").update();
        jdbc.sql("create table sealed.vault_entry (id int primary key, sealed_name bytea, phone_hex text)")
                .update();
        jdbc.sql("""
            insert into sealed.vault_entry
            values (1, sha256(convert_to(?, 'UTF8')), encode(convert_to(?, 'UTF8'), 'hex'))
            """).params(NAME, PHONE).update();

        var plain = DatabaseDump.take(dataSource, "plain");
        var sealed = DatabaseDump.take(dataSource, "sealed");

        assertThat(plain.contains(NAME)).isTrue();
        assertThat(plain.contains(EMAIL)).isTrue();
        assertThat(plain.contains("李四光")).isFalse();
        assertThat(sealed.contains(NAME)).isFalse();
        assertThat(sealed.contains(PHONE)).isFalse();
    }

    @Test
    void sizesTheDumpAsItsBinaryCopyFormat() {
        jdbc.sql("create schema sized").update();
        jdbc.sql("create table sized.note (body text)").update();
        var header = 11 + 4 + 4;
        var trailer = 2;

        var empty = DatabaseDump.take(dataSource, "sized");
        jdbc.sql("insert into sized.note values (repeat('x', 1000))").update();
        var oneRow = DatabaseDump.take(dataSource, "sized");

        assertThat(empty.sizeInBytes()).isEqualTo(header + trailer);
        // a row is its field count, then the length and bytes of each field
        assertThat(oneRow.sizeInBytes()).isEqualTo(header + 2 + 4 + 1000 + trailer);
    }

    @Test
    void refusesToRestoreWhileATableOutsideTheDumpReferencesIt() {
        createShop("referenced");
        jdbc.sql("create schema referencing").update();
        jdbc.sql("""
            create table referencing.enquiry (
                id int primary key,
                buyer bigint constraint enquiry_buyer_fk references referenced.vault_entry)
            """).update();
        jdbc.sql("insert into referencing.enquiry values (1, 2)").update();
        var dump = DatabaseDump.take(dataSource, "referenced");
        jdbc.sql("update referenced.vault_entry set full_name = 'shredded'").update();

        assertThatThrownBy(() -> dump.restore(dataSource))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(
                        "referencing.enquiry references referenced.vault_entry (constraint enquiry_buyer_fk)");
        assertThat(jdbc.sql("select distinct full_name from referenced.vault_entry")
                        .query(String.class)
                        .list())
                .containsExactly("shredded");
    }

    @Test
    void leavesEveryTableAsItWasWhenRestoringFails() {
        createShop("atomic");
        var dump = DatabaseDump.take(dataSource, "atomic");
        jdbc.sql("delete from atomic.listing").update();
        jdbc.sql("alter table atomic.vault_entry add column nickname text").update();
        var before = rows("atomic.vault_entry", "atomic.listing");

        // listing goes back first; vault_entry then no longer matches the dumped columns
        assertThatThrownBy(() -> dump.restore(dataSource)).isInstanceOf(IllegalStateException.class);

        assertThat(rows("atomic.vault_entry", "atomic.listing")).isEqualTo(before);
        assertThat(rows("atomic.listing")).isEmpty();
    }

    @Test
    void rejectsASchemaThatDoesNotExist() {
        assertThatThrownBy(() -> DatabaseDump.take(dataSource, "nowhere", "listed_nowhere"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No such schema: listed_nowhere, nowhere");
    }

    /** A parent and a child table whose names sort child first, so restoring in name order breaks the foreign key. */
    static void createShop(String schema) {
        jdbc.sql("create schema " + schema).update();
        jdbc.sql("""
            create table %s.vault_entry (
                id bigint generated always as identity primary key,
                full_name text not null,
                email text,
                photo bytea,
                aliases text[],
                profile jsonb,
                created_at timestamptz not null default now())
            """.formatted(schema)).update();
        jdbc.sql("""
            create table %1$s.listing (
                id bigint generated always as identity primary key,
                seller bigint not null references %1$s.vault_entry,
                reference text not null,
                price numeric(12, 2))
            """.formatted(schema)).update();
        jdbc.sql("""
            insert into %s.vault_entry (full_name, email, photo, aliases, profile) values
                (?, ?, ?, array['Zhang San', ?], cast(? as jsonb)),
                ('Grace Hopper', null, null, null, null)
            """.formatted(schema))
                .params(NAME, EMAIL, ResidueScanTests.photoWith(PHONE), NAME, "{\"phone\": \"" + PHONE + "\"}")
                .update();
        jdbc.sql("""
            insert into %s.listing (seller, reference, price) values
                (1, '126610LV', 14250.00),
                (2, '5167A-001', null)
            """.formatted(schema)).update();
    }

    static List<String> rows(String... tables) {
        var rows = new ArrayList<String>();
        for (var table : tables) {
            rows.addAll(jdbc.sql("select t::text from " + table + " t order by 1")
                    .query(String.class)
                    .list());
        }
        return rows;
    }
}
