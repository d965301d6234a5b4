package io.mentormatch.api.proposal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.roster.MentorView;
import io.mentormatch.api.roster.Roster;
import io.mentormatch.core.cohort.Layer;

/**
 * Every compatible mentor with a free seat for a resident who needs a new mentor (a change of mentor, a decline),
 * ranked by fit ({@link Rematch#options}), filtered and paged for the director, who may pick any of them. It
 * changes nothing and checks no role: the use case that calls it authorises.
 */
@Service
public class CandidateMentors {

    /** A page the director reads at a glance; the filter finds the rest. */
    public static final int PAGE_SIZE = 10;

    private final Rematch rematch;
    private final Roster roster;

    CandidateMentors(Rematch rematch, Roster roster) {
        this.rematch = rematch;
        this.roster = roster;
    }

    /**
     * @param residentName      the resident's name: the director reads "Amara's 3rd choice", not "Your 3rd choice"
     * @param excludedMentorIds mentors never offered, e.g. the one being left
     */
    @Transactional(readOnly = true)
    public CandidateList candidates(long cohortId, long residentId, String residentName, Layer layer,
                                    Set<Long> excludedMentorIds, CandidateFilter filter) {
        List<RematchOption> options = rematch.options(cohortId, residentId, layer, excludedMentorIds, Integer.MAX_VALUE);
        Map<Long, MentorView> rows = roster.mentors(options.stream().map(RematchOption::mentorId).toList());
        List<CandidateMentor> all = IntStream.range(0, options.size()).mapToObj(i -> candidate(options.get(i), i,
                rows.get(options.get(i).mentorId()), residentName)).toList();
        List<CandidateMentor> matching = all.stream().filter(filter::admits).toList();
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(filter.pageNumber(), pages);
        List<CandidateMentor> shown = matching.stream().skip((long) (page - 1) * PAGE_SIZE).limit(PAGE_SIZE).toList();
        return new CandidateList(shown, matching.size(), all.size(), page, pages,
                sorted(all.stream().map(CandidateMentor::specialty).filter(s -> !s.isBlank()).toList()),
                sorted(all.stream().flatMap(c -> c.interests().stream()).toList()), filter);
    }

    private static CandidateMentor candidate(RematchOption option, int index, MentorView mentor, String residentName) {
        return new CandidateMentor(option.mentorId(), option.mentor(), option.mentorName(),
                mentor.specialty() == null ? "" : mentor.specialty(), mentor.interests(), index + 1,
                option.pairScore(), option.directorReasons(residentName), index == 0);
    }

    private static List<String> sorted(Collection<String> values) {
        TreeSet<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(values);
        return List.copyOf(set);
    }
}
