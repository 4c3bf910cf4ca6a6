package io.escapement.analytics;

import io.escapement.consent.Consents;
import io.escapement.privacy.China;
import io.escapement.privacy.Purpose;
import io.escapement.vault.Pseudonyms;
import io.escapement.vault.SubjectId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts page views. Every view adds one to the day's count for its page type; a view by a
 * signed-in visitor who granted the ANALYTICS purpose is also kept against a pseudonym, never
 * against the account.
 */
@Service
public class PageViews {

    static final ZoneId CHINA = China.TIME_ZONE;
    private static final List<Pattern> IDS =
            List.of(Pattern.compile("/\\d+(?=/|$)"), Pattern.compile("/[0-9a-f-]{36}(?=/|$)"));

    static final String PSEUDONYM_DOMAIN = "analytics";

    /** Views of one page type on one day. */
    public record DailyViews(LocalDate day, String page, long views) {}

    private final JdbcClient jdbc;
    private final Consents consents;
    private final Pseudonyms pseudonyms;

    PageViews(JdbcClient jdbc, Consents consents, Pseudonyms pseudonyms) {
        this.jdbc = jdbc;
        this.consents = consents;
        this.pseudonyms = pseudonyms;
    }

    /**
     * Counts one view of {@code path} (a path of this site, such as {@code /watches/42}).
     *
     * @param viewer the signed-in visitor, if any; linked only under the ANALYTICS consent
     */
    @Transactional
    public void count(String path, @Nullable SubjectId viewer) {
        var page = pageOf(path);
        var day = LocalDate.now(CHINA);
        jdbc.sql("""
                        insert into analytics.page_view (day, page, views) values (:day, :page, 1)
                        on conflict (day, page) do update set views = analytics.page_view.views + 1""").param("day", day).param("page", page).update();
        if (viewer != null && consents.permits(viewer, Purpose.ANALYTICS)) {
            jdbc.sql("insert into analytics.linked_view (day, visitor, page) values (:day, :visitor, :page)")
                    .param("day", day)
                    .param("visitor", pseudonyms.of(viewer, PSEUDONYM_DOMAIN))
                    .param("page", page)
                    .update();
        }
    }

    /** Daily views per page type, newest day first. */
    public List<DailyViews> daily(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select day, page, views from analytics.page_view where day between :from and :to
                        order by day desc, page""")
                .param("from", from)
                .param("to", to)
                .query((rs, row) ->
                        new DailyViews(rs.getObject("day", LocalDate.class), rs.getString("page"), rs.getLong("views")))
                .list();
    }

    /** The page type of a path: ids become {@code {id}} and query strings are dropped. */
    static String pageOf(String path) {
        var page = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        for (var id : IDS) {
            page = id.matcher(page).replaceAll("/{id}");
        }
        return page;
    }
}
