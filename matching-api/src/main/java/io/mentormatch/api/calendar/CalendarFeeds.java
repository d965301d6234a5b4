package io.mentormatch.api.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.support.DataAccessUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.publication.ICalendar;
import io.mentormatch.api.access.Actor;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.text.Secrets;
import io.mentormatch.api.text.Sha256;

/**
 * Each person's private calendar address, {@code /calendar/{secret}.ics}, to which Outlook and Google subscribe. The
 * secret is 32 random bytes, shown once; only its SHA-256 is kept, as for API tokens ({@link Sha256} says why a fast
 * hash is enough). Calendar programs fetch without signing in, so the secret is the credential: replacing or revoking
 * it ends the old address at once. The feed is read as its owner, through the services and access rules of their
 * own pages, so it can never show more than they could see signed in.
 */
@Service
public class CalendarFeeds {

    public static final String PATH = "/calendar/";
    private static final String AUDITED_TYPE = "calendar-feed";
    private static final String OWNER = "select username, role, enabled from app_user where id = ?";

    private final CalendarFeedRepository feeds;
    private final FeedEventRepository revisions;
    private final FeedContent content;
    private final CurrentActor currentActor;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final String publicUrl;

    CalendarFeeds(CalendarFeedRepository feeds, FeedEventRepository revisions, FeedContent content,
                  CurrentActor currentActor, JdbcTemplate jdbc, AuditLog audit, Clock clock,
                  @Value("${mentormatch.public-url:http://localhost:8080}") String publicUrl) {
        this.feeds = feeds;
        this.revisions = revisions;
        this.content = content;
        this.currentActor = currentActor;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @Transactional(readOnly = true)
    public CalendarFeedStatus mine() {
        return feeds.findByUserIdAndRevokedAtIsNull(currentActor.require().userId())
                .map(feed -> new CalendarFeedStatus(true, feed.getCreatedAt()))
                .orElse(new CalendarFeedStatus(false, null));
    }

    /** A new address; a live one is revoked in the same step, so only the new one works from now on. */
    @Transactional
    public CreatedCalendarFeed create() {
        Actor actor = currentActor.require();
        Instant now = clock.instant();
        boolean replaced = feeds.findByUserIdAndRevokedAtIsNull(actor.userId()).map(old -> {
            old.revoke(now);
            feeds.flush();
            return true;
        }).orElse(false);
        String secret = Secrets.random256Bits();
        CalendarFeedEntity feed = feeds.saveAndFlush(new CalendarFeedEntity(actor.userId(), Sha256.hex(secret), now));
        audit.record(replaced ? "calendar-feed.replaced" : "calendar-feed.created", AUDITED_TYPE, feed.getUserId(),
                null, null, Map.of("createdAt", now.toString()));
        String url = publicUrl + PATH + secret + ".ics";
        return new CreatedCalendarFeed(url, url.replaceFirst("^https?://", "webcal://"), now);
    }

    @Transactional
    public void revoke() {
        Actor actor = currentActor.require();
        CalendarFeedEntity feed = feeds.findByUserIdAndRevokedAtIsNull(actor.userId())
                .orElseThrow(CalendarFeedNotFound::new);
        feed.revoke(clock.instant());
        feeds.flush();
        audit.record("calendar-feed.revoked", AUDITED_TYPE, actor.userId(), null, null, null);
    }

    /**
     * The calendar behind a secret, as its owner would see it now; empty for an unknown or revoked secret, or a
     * disabled account. Each event's SEQUENCE rises when its content changed since the last fetch.
     */
    @Transactional
    public Optional<String> calendar(String secret) {
        Optional<Owner> owner = feeds.findBySecretHashAndRevokedAtIsNull(Sha256.hex(secret))
                .flatMap(feed -> owner(feed.getUserId())).filter(Owner::enabled);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        FeedContent.Content read = as(owner.get(), content::read);
        Instant now = clock.instant();
        Map<String, FeedEventEntity> known = revisions.findByUserId(owner.get().userId()).stream()
                .collect(Collectors.toMap(FeedEventEntity::getUid, Function.identity()));
        List<ICalendar.Revision> out = new ArrayList<>();
        for (ICalendar.Event event : read.events()) {
            String hash = Sha256.hex(event.toString());
            FeedEventEntity revision = known.get(event.uid().toString());
            if (revision == null) {
                revision = revisions.save(new FeedEventEntity(owner.get().userId(), event.uid().toString(), hash, now));
            } else {
                revision.seen(hash, now);
            }
            out.add(new ICalendar.Revision(event, revision.getSequence(), revision.getLastModified()));
        }
        return Optional.of(ICalendar.feed("Mentoring", now, out, read.zones()));
    }

    private Optional<Owner> owner(long userId) {
        return DataAccessUtils.optionalResult(jdbc.query(OWNER, (row, n) -> new Owner(userId, row.getString("username"),
                Role.valueOf(row.getString("role")), row.getBoolean("enabled")), userId));
    }

    /** Runs the read signed in as the owner, as a bearer token does, and then restores the anonymous request. */
    private static <T> T as(Owner owner, java.util.function.Supplier<T> read) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner.username(), null,
                List.of(new SimpleGrantedAuthority(owner.role().authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return read.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private record Owner(long userId, String username, Role role, boolean enabled) {
    }
}
