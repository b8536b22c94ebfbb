package org.linli.platform.ledger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.PagedQuery;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The double-entry ledger of the tenant acted for: one engine for money, points and time credits. Postings are
 * written only when balanced, once per idempotency key, and corrected only by reversal.
 */
@ApplicationService
public class Ledger {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    Clock clock;

    /** A balance: what the lines of one account and asset add up to (debits positive). */
    public record Balance(LedgerAccount account, Asset asset, long amount) {
    }

    /** What the invariant check found: postings whose lines do not balance, and the total per asset (zero). */
    public record Check(long postings, long lines, List<Long> unbalancedPostings, List<Balance> totals,
                        List<Long> reversedTwice) {

        public boolean clean() {
            return unbalancedPostings.isEmpty() && reversedTwice.isEmpty()
                    && totals.stream().allMatch(total -> total.amount() == 0);
        }
    }

    /**
     * Writes {@code draft}, or returns the posting already written under its idempotency key when that has the same
     * lines; the same key with other lines is {@code ledger_key_reused}. An unbalanced draft is refused.
     */
    @Audited("ledger.post")
    @RequiresPermission(Permissions.LEDGER_POST)
    public LedgerPosting post(PostingDraft draft) {
        return write(draft, null);
    }

    /** Takes a posting back with its lines negated; a posting is reversed at most once. */
    @Audited("ledger.reverse")
    @RequiresPermission(Permissions.LEDGER_POST)
    public LedgerPosting reverse(@AuditTarget long postingId, String idempotencyKey, String memo) {
        LedgerPosting original = em.find(LedgerPosting.class, postingId);
        if (original == null) {
            throw DomainException.notFound("posting_not_found");
        }
        PostingDraft.Builder reversal = PostingDraft.of("reversal", idempotencyKey, original.reference()).memo(memo);
        lines(original.id()).forEach(line -> reversal.credit(line.account(), line.asset(), line.amount()));
        Optional<LedgerPosting> replay = byKey(idempotencyKey);
        if (replay.isEmpty() && reversalOf(postingId).isPresent()) {
            throw DomainException.conflict("ledger_already_reversed");
        }
        return write(reversal.build(), postingId);
    }

    /**
     * A page of the postings about {@code reference}, in the order written. A reference can gather postings without
     * limit (a points account, a recurring charge), so it is read a page at a time.
     */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public Page<LedgerPosting> postings(String reference, PageRequest page) {
        TenantContext.require();
        if (reference == null || reference.isBlank()) {
            // Without a reference the filter would drop out and list the whole ledger.
            throw DomainException.invalid(FieldError.of("reference", "required"));
        }
        return PagedQuery.of(em, LedgerPosting.class, "p").filter("p.reference = :reference", "reference", reference)
                .page("p.id", page);
    }

    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public List<LedgerLine> linesOf(long postingId) {
        TenantContext.require();
        return lines(postingId);
    }

    /** The balance of one account in one asset. */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public long balance(LedgerAccount account, Asset asset) {
        TenantContext.require();
        Long sum = em.createQuery("select sum(l.amount) from LedgerLine l where l.account = :account"
                        + " and l.asset = :asset", Long.class)
                .setParameter("account", account.code()).setParameter("asset", asset).getSingleResult();
        return sum == null ? 0 : sum;
    }

    /**
     * The balance of one account counting only postings of {@code kinds} written up to {@code asOf}: what had been
     * earned by a cut-off, leaving out what happened since.
     */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public long balance(LedgerAccount account, Asset asset, Instant asOf, Set<String> kinds) {
        TenantContext.require();
        Long sum = em.createQuery("select sum(l.amount) from LedgerLine l, LedgerPosting p where p.id = l.postingId"
                        + " and l.account = :account and l.asset = :asset and l.postedAt <= :asOf"
                        + " and p.kind in :kinds", Long.class)
                .setParameter("account", account.code()).setParameter("asset", asset).setParameter("asOf", asOf)
                .setParameter("kinds", kinds).getSingleResult();
        return sum == null ? 0 : sum;
    }

    /**
     * One line of an account's statement: the line, the posting it belongs to, and the other accounts that posting
     * moved the same asset on (its counterparties).
     */
    public record Entry(LedgerLine line, LedgerPosting posting, List<LedgerAccount> counterparties) {

        /** The entry of {@code line} among {@code postingLines}, all the lines of its posting. */
        public static Entry of(LedgerLine line, LedgerPosting posting, List<LedgerLine> postingLines) {
            return new Entry(line, posting, counterparties(line.toDraftLine(),
                    postingLines.stream().map(LedgerLine::toDraftLine).toList()));
        }

        /**
         * The accounts on the other side of {@code line} in its posting: those the same asset moved the opposite
         * way, in the order written (a transfer's payee, a donation's pool), never the line's own account.
         */
        static List<LedgerAccount> counterparties(PostingDraft.Line line, List<PostingDraft.Line> postingLines) {
            return postingLines.stream()
                    .filter(other -> other.asset() == line.asset() && !other.account().equals(line.account()))
                    .filter(other -> Long.signum(other.amount()) != Long.signum(line.amount()))
                    .map(PostingDraft.Line::account).distinct().toList();
        }
    }

    /**
     * A page of one account's statement in one asset, newest first, each line with its posting and counterparties.
     * An account's lines grow without limit (a member's time account, a provider's payable), so it is paged; the
     * postings and their lines are read with one query each per page.
     */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public Page<Entry> statement(LedgerAccount account, Asset asset, PageRequest page) {
        TenantContext.require();
        Page<LedgerLine> lines = PagedQuery.of(em, LedgerLine.class, "l")
                .filter("l.account = :account", "account", account.code())
                .filter("l.asset = :asset", "asset", asset)
                .page("l.postedAt desc, l.id desc", page);
        List<Long> ids = lines.items().stream().map(LedgerLine::postingId).distinct().toList();
        if (ids.isEmpty()) {
            return lines.map(line -> new Entry(line, null, List.of()));
        }
        Map<Long, LedgerPosting> postings = new HashMap<>();
        em.createQuery("select p from LedgerPosting p where p.id in :ids", LedgerPosting.class)
                .setParameter("ids", ids).getResultList().forEach(p -> postings.put(p.id(), p));
        Map<Long, List<LedgerLine>> byPosting = new HashMap<>();
        em.createQuery("select l from LedgerLine l where l.postingId in :ids order by l.id", LedgerLine.class)
                .setParameter("ids", ids).getResultList()
                .forEach(l -> byPosting.computeIfAbsent(l.postingId(), any -> new ArrayList<>()).add(l));
        return lines.map(line -> Entry.of(line, postings.get(line.postingId()),
                byPosting.getOrDefault(line.postingId(), List.of())));
    }

    /**
     * What all accounts whose codes start with {@code prefix} and end with {@code suffix} add up to in one asset
     * (debits positive): e.g. every member's minutes, {@code resident:} … {@code :minutes}, in one query.
     */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public long total(String prefix, String suffix, Asset asset) {
        TenantContext.require();
        Long sum = em.createQuery("select sum(l.amount) from LedgerLine l where l.account like :pattern"
                        + " and l.asset = :asset", Long.class)
                .setParameter("pattern", prefix.replace("%", "") + "%" + suffix.replace("%", ""))
                .setParameter("asset", asset).getSingleResult();
        return sum == null ? 0 : sum;
    }

    /**
     * How much postings of {@code kind} moved on {@code account}, per reference, for the given references (one query
     * however many): what reconciliation compares with the gateway's bill.
     */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public Map<String, Long> moved(String kind, LedgerAccount account, Asset asset, Collection<String> references) {
        TenantContext.require();
        Map<String, Long> moved = new HashMap<>();
        if (references.isEmpty()) {
            return moved;
        }
        for (List<String> chunk : chunks(List.copyOf(references))) {
            em.createQuery("select p.reference, sum(l.amount) from LedgerLine l, LedgerPosting p"
                            + " where p.id = l.postingId and p.kind = :kind and l.account = :account"
                            + " and l.asset = :asset and p.reference in :references group by p.reference",
                            Object[].class)
                    .setParameter("kind", kind).setParameter("account", account.code()).setParameter("asset", asset)
                    .setParameter("references", chunk).getResultList()
                    .forEach(row -> moved.put((String) row[0], ((Number) row[1]).longValue()));
        }
        return moved;
    }

    private static List<List<String>> chunks(List<String> all) {
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return chunks;
    }

    /** The accounts whose codes start with {@code prefix} that have any line, in code order. */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public List<LedgerAccount> accounts(String prefix) {
        TenantContext.require();
        return em.createQuery("select distinct l.account from LedgerLine l where l.account like :prefix"
                        + " order by l.account", String.class).setParameter("prefix", prefix.replace("%", "") + "%")
                .getResultStream().map(LedgerAccount::of).toList();
    }

    /**
     * A page of the trial balance: every account's balance per asset (only {@code asset}'s when given), by account
     * code. Accounts grow with the tenant's providers and members, so the balance is read a page at a time.
     */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public Page<Balance> trialBalance(Asset asset, PageRequest page) {
        TenantContext.require();
        String where = asset == null ? "" : " where l.asset = :asset";
        var rows = em.createQuery("select l.account, l.asset, sum(l.amount) from LedgerLine l" + where
                + " group by l.account, l.asset order by l.account, l.asset", Object[].class);
        // JPQL cannot count groups directly: one small count per (account, asset) group, counted here.
        var groups = em.createQuery("select count(l) from LedgerLine l" + where + " group by l.account, l.asset",
                Long.class);
        if (asset != null) {
            rows.setParameter("asset", asset);
            groups.setParameter("asset", asset);
        }
        List<Balance> balances = rows.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(row -> new Balance(LedgerAccount.of((String) row[0]), (Asset) row[1],
                        ((Number) row[2]).longValue())).toList();
        long total = groups.getResultList().size();
        return Page.of(balances, total, page);
    }

    /**
     * Checks the invariants over the whole ledger of the tenant: every posting balances per asset, all lines together
     * sum to zero per asset, no posting is reversed twice. Run by tests and on demand by finance.
     */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public Check check() {
        TenantContext.require();
        List<Long> unbalanced = em.createQuery("select l.postingId from LedgerLine l group by l.postingId, l.asset"
                + " having sum(l.amount) <> 0", Long.class).getResultList();
        List<Long> thin = em.createQuery("select p.id from LedgerPosting p where"
                + " (select count(l) from LedgerLine l where l.postingId = p.id) < 2", Long.class).getResultList();
        List<Balance> totals = em.createQuery("select l.asset, sum(l.amount) from LedgerLine l group by l.asset",
                        Object[].class).getResultStream()
                .map(row -> new Balance(LedgerAccount.of("total"), (Asset) row[0], ((Number) row[1]).longValue()))
                .sorted(Comparator.comparing(Balance::asset)).toList();
        List<Long> twice = em.createQuery("select p.reversesId from LedgerPosting p where p.reversesId is not null"
                + " group by p.reversesId having count(p) > 1", Long.class).getResultList();
        long postings = em.createQuery("select count(p) from LedgerPosting p", Long.class).getSingleResult();
        long lines = em.createQuery("select count(l) from LedgerLine l", Long.class).getSingleResult();
        List<Long> broken = new ArrayList<>(unbalanced);
        thin.stream().filter(id -> !broken.contains(id)).forEach(broken::add);
        return new Check(postings, lines, broken.stream().distinct().sorted().toList(), totals, twice);
    }

    private LedgerPosting write(PostingDraft draft, Long reverses) {
        TenantContext.require();
        if (!draft.balanced()) {
            throw new IllegalArgumentException("unbalanced posting " + draft);
        }
        Optional<LedgerPosting> existing = byKey(draft.idempotencyKey());
        if (existing.isPresent()) {
            List<PostingDraft.Line> written = lines(existing.get().id()).stream().map(LedgerLine::toDraftLine)
                    .toList();
            if (!sameLines(written, draft.lines())) {
                throw DomainException.conflict("ledger_key_reused");
            }
            return existing.get();
        }
        LedgerPosting posting = new LedgerPosting(draft, reverses, clock.instant(),
                CurrentUser.require().username());
        em.persist(posting);
        em.flush();
        draft.lines().forEach(line -> em.persist(new LedgerLine(posting, line)));
        return posting;
    }

    private static boolean sameLines(List<PostingDraft.Line> a, List<PostingDraft.Line> b) {
        Comparator<PostingDraft.Line> order = Comparator.comparing((PostingDraft.Line l) -> l.account().code())
                .thenComparing(PostingDraft.Line::asset).thenComparingLong(PostingDraft.Line::amount);
        return a.stream().sorted(order).toList().equals(b.stream().sorted(order).toList());
    }

    private Optional<LedgerPosting> byKey(String key) {
        return em.createQuery("select p from LedgerPosting p where p.idempotencyKey = :key", LedgerPosting.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    private Optional<LedgerPosting> reversalOf(long postingId) {
        return em.createQuery("select p from LedgerPosting p where p.reversesId = :id", LedgerPosting.class)
                .setParameter("id", postingId).getResultStream().findFirst();
    }

    private List<LedgerLine> lines(long postingId) {
        return em.createQuery("select l from LedgerLine l where l.postingId = :posting order by l.id",
                LedgerLine.class).setParameter("posting", postingId).getResultList();
    }
}
