package io.mentormatch.core.solver;

import java.util.Arrays;

import io.mentormatch.core.scoring.PairScorer;

/**
 * Who holds which seat while successive shortest paths route residents to mentors: the state and the augmentation
 * that {@link AssignmentFlow} and {@link ArcInsertion} share: their searches find a path, which is applied here.
 * <p>
 * A mentor's residents sit in a block of {@code slot} of its seat count; the first {@code load[m]} entries are
 * taken. The arrays are exposed to the searches so that their inner loops read them directly.
 */
final class Seats {

    final int residents;
    /** The mentor of each resident routed so far, or {@link Matching#UNMATCHED}. */
    final int[] mentorOf;
    /** The index in the resident's candidate list of its current mentor. */
    final int[] assignedEdge;
    final int[] cap;
    final int[] load;
    final int[] slotStart;
    final int[] slot;

    /** @param seats each mentor's seats for the residents being routed (capacity less pinned residents) */
    Seats(int residents, int[] seats) {
        this.residents = residents;
        mentorOf = new int[residents];
        Arrays.fill(mentorOf, Matching.UNMATCHED);
        assignedEdge = new int[residents];
        cap = seats.clone();
        load = new int[cap.length];
        slotStart = new int[cap.length + 1];
        for (int m = 0; m < cap.length; m++) {
            slotStart[m + 1] = slotStart[m] + cap[m];
        }
        slot = new int[slotStart[cap.length]];
    }

    /** Each mentor's capacity less its pinned residents (never below 0). */
    static int[] seatsLeft(PairScorer scorer) {
        int[] seats = new int[scorer.mentorCount()];
        for (int m = 0; m < seats.length; m++) {
            seats[m] = scorer.capacity(m);
        }
        for (int r = 0; r < scorer.residentCount(); r++) {
            if (scorer.pinnedMentor(r) >= 0) {
                seats[scorer.pinnedMentor(r)]--;
            }
        }
        for (int m = 0; m < seats.length; m++) {
            seats[m] = Math.max(0, seats[m]);
        }
        return seats;
    }

    /**
     * Shifts every resident on the path s → m1 → r1 → m2 → … to the next mentor along it. Nodes are residents
     * {@code 0..R-1} and mentors {@code R..R+M-1}; {@code end} is a mentor with a free seat or a resident that
     * gives up its mentor (s itself when s stays unmatched).
     *
     * @param pred     per node, the node it was reached from
     * @param predEdge per mentor node, the index of the arc in its predecessor's candidate list
     */
    void augment(int s, int end, int[] pred, int[] predEdge) {
        int node = end;
        if (end < residents) {
            if (end == s) {
                return;
            }
            node = pred[end];
            leave(end, node - residents);
            mentorOf[end] = Matching.UNMATCHED;
        } else {
            int m = end - residents;
            slot[slotStart[m] + load[m]++] = -1;
        }
        // node is now a mentor whose seat marked -1 (or vacated) goes to its predecessor resident
        while (true) {
            int m = node - residents;
            int r = pred[node];
            fillVacancy(m, r);
            int previous = mentorOf[r];
            mentorOf[r] = m;
            assignedEdge[r] = predEdge[node];
            if (r == s) {
                return;
            }
            leave(r, previous);
            node = residents + previous;
        }
    }

    /** Takes resident r off its mentor's seats, closing the gap: r is unmatched until {@link #seat} places it. */
    void unseat(int r) {
        int m = mentorOf[r];
        int last = slotStart[m] + load[m] - 1;
        for (int j = slotStart[m]; j <= last; j++) {
            if (slot[j] == r) {
                slot[j] = slot[last];
                slot[last] = -1;
                load[m]--;
                mentorOf[r] = Matching.UNMATCHED;
                return;
            }
        }
        throw new IllegalStateException("resident " + r + " not held by mentor " + m);
    }

    /** Gives unmatched resident r a free seat of mentor m, the {@code edge}-th of its candidate list. */
    void seat(int r, int m, int edge) {
        if (load[m] == cap[m]) {
            throw new IllegalStateException("no free seat at mentor " + m);
        }
        slot[slotStart[m] + load[m]++] = r;
        mentorOf[r] = m;
        assignedEdge[r] = edge;
    }

    private void leave(int r, int m) {
        for (int j = slotStart[m]; j < slotStart[m] + load[m]; j++) {
            if (slot[j] == r) {
                slot[j] = -1;
                return;
            }
        }
        throw new IllegalStateException("resident " + r + " not held by mentor " + m);
    }

    private void fillVacancy(int m, int r) {
        for (int j = slotStart[m]; j < slotStart[m] + load[m]; j++) {
            if (slot[j] == -1) {
                slot[j] = r;
                return;
            }
        }
        throw new IllegalStateException("no vacancy at mentor " + m);
    }
}
