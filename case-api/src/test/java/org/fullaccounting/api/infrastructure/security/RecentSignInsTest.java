package org.fullaccounting.api.infrastructure.security;

import com.github.benmanes.caffeine.cache.Ticker;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** A sign-in is remembered for its lifetime and no longer, by its name and exact password only. */
class RecentSignInsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker clock = nanos::get;
    private final UserDetails account = new User("family-7", "{noop}x", AuthorityUtils.createAuthorityList("ROLE_FAMILY"));

    @Test
    void aSignInIsAnsweredForItsLifetimeAndNotAMomentLonger() {
        RecentSignIns recent = new RecentSignIns(100, Duration.ofSeconds(1), clock);
        recent.remember("family-7", "right password", account);

        nanos.addAndGet(Duration.ofMillis(999).toNanos());
        assertThat(recent.find("family-7", "right password")).contains(account);

        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(recent.find("family-7", "right password")).isEmpty();
    }

    @Test
    void anotherPasswordOrAnotherNameIsNotAnswered() {
        RecentSignIns recent = new RecentSignIns(100, Duration.ofSeconds(1), clock);
        recent.remember("family-7", "right password", account);

        assertThat(recent.find("family-7", "right passwor")).isEmpty();
        assertThat(recent.find("family-7", "right password ")).isEmpty();
        assertThat(recent.find("family-", "7right password")).isEmpty();
        assertThat(recent.find("FAMILY-7", "right password")).isEmpty();
    }

    @Test
    void aLifetimeOfZeroRemembersNothing() {
        RecentSignIns recent = new RecentSignIns(100, Duration.ZERO, clock);
        recent.remember("family-7", "right password", account);

        assertThat(recent.find("family-7", "right password")).isEmpty();
    }
}
