package io.escapement.policy;

import io.escapement.policy.spi.PolicyNotices;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The default {@link PolicyNotices}: one row per material version in {@code policy.notice_outbox}. */
class NoticeOutbox implements PolicyNotices {

    private final JdbcClient jdbc;
    private final Clock clock;

    NoticeOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void materialVersionPublished(PolicyVersion version) {
        jdbc.sql("""
                        insert into policy.notice_outbox (version, material_changes, removes_rights, created_at)
                        values (:version, :changes, :removesRights, :at)""")
                .param("version", version.number())
                .param(
                        "changes",
                        version.materialChanges().stream().map(Enum::name).toArray(String[]::new))
                .param("removesRights", version.removesRights())
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }
}
