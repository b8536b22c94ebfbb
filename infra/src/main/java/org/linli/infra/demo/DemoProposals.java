package org.linli.infra.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.platform.application.Clocks;
import org.linli.platform.application.PageRequest;
import org.linli.platform.identity.NewUser;
import org.linli.platform.identity.UserAccount;
import org.linli.platform.identity.UserFilter;
import org.linli.platform.identity.UserId;
import org.linli.platform.identity.UserService;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.proposals.Counting;
import org.linli.tenants.proposals.DiscussionService;
import org.linli.tenants.proposals.Matter;
import org.linli.tenants.proposals.Proposal;
import org.linli.tenants.proposals.ProposalCommands;
import org.linli.tenants.proposals.ProposalKind;
import org.linli.tenants.proposals.ProposalService;
import org.linli.tenants.proposals.VotingService;
import org.linli.tenants.registry.residents.Ownership;
import org.linli.tenants.registry.residents.OwnershipService;
import org.linli.tenants.registry.residents.Relation;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.residents.ResidentService;
import org.linli.tenants.registry.residents.ResidentStatus;
import org.linli.tenants.registry.structure.Household;
import org.linli.tenants.registry.structure.HouseholdStatus;
import org.linli.tenants.registry.structure.StructureService;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deliberation in 新华街道, in the community of {@code resident-a}: every home gets a floor area and its owners
 * (the head of the household, or two owners at 50 % in every fourth home with two people; {@code resident-a} and
 * the flea-market neighbours own theirs), and the owners of three quarters of the homes get accounts
 * ({@code owner-a01} …) to vote with. Then: an owners' decision closed three weeks ago with a published tally
 * (valid and passed), an owners' vote open now (per owner, a major matter; {@code resident-a} has not voted yet),
 * a residents' poll open now, and a resident's draft gathering co-signatures.
 */
@ApplicationScoped
public class DemoProposals {

    /** The open owners' vote's title, which browser tests look for. */
    static final String OPEN_VOTE = "在 2 栋东侧公共绿地增设电动自行车集中充电区";

    @Inject
    UserService users;

    @Inject
    ResidentService residents;

    @Inject
    ResidentDirectory directory;

    @Inject
    StructureService structure;

    @Inject
    OwnershipService ownership;

    @Inject
    ProposalService proposals;

    @Inject
    DiscussionService discussion;

    @Inject
    VotingService voting;

    @Inject
    Clocks clocks;

    public void seed(TenantId tenant) {
        CallerContext system = CallerContext.system("demo-data", tenant);
        CallerContext operator = as(system, "ops-a", tenant);
        ResidentRecord me = as(system, "resident-a", tenant).call(() -> directory.me());
        long community = me.community().value();
        List<String> voters = register(system, tenant, me);
        Instant now = Instant.now();

        clocks.travelTo(now.minus(Duration.ofDays(30)));
        Proposal decided;
        try {
            decided = operator.call(() -> proposals.submit(new ProposalCommands.NewProposal(community,
                    "使用专项维修资金更换 1 栋、2 栋电梯", "1 栋、2 栋电梯已运行 18 年，年检多次提出整改。拟使用专项维修资金"
                            + "约 86 万元更换两部电梯，施工期间错峰停运。请各位业主表决（按户计票）。",
                    ProposalKind.OWNERS_DECISION, null, Counting.PER_HOME, Matter.ORDINARY,
                    now.minus(Duration.ofDays(27)), now.minus(Duration.ofDays(21)))));
            as(system, voters.get(0), tenant).run(() -> discussion.comment(decided.id(),
                    new ProposalCommands.Comment("支持更换，老电梯上周又困人了。")));
            as(system, voters.get(1), tenant).run(() -> discussion.comment(decided.id(),
                    new ProposalCommands.Comment("希望公示报价和施工单位，分批施工。")));
            clocks.travelTo(now.minus(Duration.ofDays(25)));
            for (int i = 0; i < voters.size(); i++) {
                int choice = i % 7 == 3 ? 1 : i % 11 == 5 ? 2 : 0;
                as(system, voters.get(i), tenant).run(() -> voting.vote(decided.id(),
                        new ProposalCommands.Vote(choice)));
            }
            clocks.travelTo(now.minus(Duration.ofDays(20)));
            operator.run(() -> {
                voting.close(decided.id());
                voting.publish(decided.id());
            });
        } finally {
            clocks.backToNow();
        }

        Proposal open = operator.call(() -> proposals.submit(new ProposalCommands.NewProposal(community, OPEN_VOTE,
                "为减少楼道充电的火灾隐患，拟将 2 栋东侧约 60 平方米公共绿地改建为电动自行车集中充电区（改变共有部分"
                        + "用途，属民法典第二百七十八条第八项），按业主人数和产权份额计票，须参与表决者四分之三以上同意。",
                ProposalKind.OWNERS_DECISION, null, Counting.PER_OWNER, Matter.MAJOR,
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(6)))));
        for (int i = 0; i < voters.size() / 3; i++) {
            int choice = i % 4 == 1 ? 1 : 0;
            as(system, voters.get(i), tenant).run(() -> voting.vote(open.id(), new ProposalCommands.Vote(choice)));
        }
        as(system, voters.get(2), tenant).run(() -> discussion.comment(open.id(),
                new ProposalCommands.Comment("充电区要有雨棚和监控，收费标准请提前公示。")));

        Proposal poll = operator.call(() -> proposals.submit(new ProposalCommands.NewProposal(community,
                "春节社区联欢会办在哪一天？", "社区居委会将在春节前举办联欢会，请大家选择最方便的日期。",
                ProposalKind.SIMPLE_POLL, List.of("腊月二十六（周六）", "腊月二十七（周日）", "正月初八（周六）"),
                null, null, Instant.now().minus(Duration.ofHours(2)), Instant.now().plus(Duration.ofDays(10)))));
        for (int i = 0; i < 6; i++) {
            int choice = i % 3 == 2 ? 2 : i % 2;
            as(system, voters.get(voters.size() - 1 - i), tenant).run(() -> voting.vote(poll.id(),
                    new ProposalCommands.Vote(choice)));
        }

        CallerContext proposer = as(system, DemoFlea.NEIGHBOURS.get(0), tenant);
        Proposal draft = proposer.call(() -> proposals.submit(new ProposalCommands.NewProposal(community,
                "在 3 栋架空层设置邻里共享工具角", "把大家闲置的梯子、电钻、打气筒放在一起，登记借用，由志愿者管理。",
                ProposalKind.SIMPLE_POLL, List.of("赞成", "不赞成"), null, null,
                Instant.now().plus(Duration.ofDays(14)), Instant.now().plus(Duration.ofDays(21)))));
        List<String> owners = voters.stream().filter(v -> v.startsWith("owner-a")).toList();
        for (String signer : List.of(owners.get(5), owners.get(9))) {
            as(system, signer, tenant).run(() -> proposals.coSign(draft.id()));
        }
    }

    /**
     * Floor areas and owners for every home of the community, and accounts for the owners of three quarters of
     * the homes (those who already have one keep it); returns the usernames of one voting owner per such home.
     */
    private List<String> register(CallerContext system, TenantId tenant, ResidentRecord me) {
        List<Household> homes = system.call(() -> structure.households(new StructureService.HouseholdFilter(
                me.community(), null, null, null, null, HouseholdStatus.ACTIVE), PageRequest.first(200)).items());
        Map<Long, List<ResidentRecord>> people = new LinkedHashMap<>();
        system.call(() -> directory.search(new ResidentDirectory.ResidentFilter(null, me.community(), null, null,
                        ResidentStatus.ACTIVE, null), PageRequest.first(PageRequest.MAX_SIZE)).items())
                .forEach(r -> people.computeIfAbsent(r.household().value(), k -> new ArrayList<>()).add(r));
        Map<Long, String> accounts = new LinkedHashMap<>();
        accounts.put(me.id().value(), "resident-a");
        for (String neighbour : DemoFlea.NEIGHBOURS) {
            UserAccount account = system.call(() -> user(neighbour));
            system.call(() -> directory.search(new ResidentDirectory.ResidentFilter(null, me.community(), null, null,
                            ResidentStatus.ACTIVE, null), PageRequest.first(PageRequest.MAX_SIZE)).items()).stream()
                    .filter(r -> account.details().displayName().equals(r.name())).findFirst()
                    .ifPresent(r -> accounts.put(r.id().value(), neighbour));
        }
        List<String> voters = new ArrayList<>();
        int created = 0;
        for (int i = 0; i < homes.size(); i++) {
            Household home = homes.get(i);
            List<ResidentRecord> living = people.getOrDefault(home.id().value(), List.of()).stream()
                    .sorted(Comparator.comparing((ResidentRecord r) -> !accounts.containsKey(r.id().value()))
                            .thenComparing(r -> r.relation() != Relation.HEAD)).toList();
            if (living.isEmpty()) {
                continue;
            }
            if (home.floorArea() == null) {
                BigDecimal area = BigDecimal.valueOf(6_000 + (i * 1_337L) % 9_000, 2);
                system.run(() -> structure.changeFloorArea(home.id(), area));
            }
            boolean shared = i % 4 == 1 && living.size() > 1;
            ResidentRecord first = living.get(0);
            system.run(() -> ownership.record(home.id(), first.id(), shared ? Ownership.WHOLE / 2 : Ownership.WHOLE));
            if (shared) {
                system.run(() -> ownership.record(home.id(), living.get(1).id(), Ownership.WHOLE / 2));
            }
            // Someone may already sign in as this owner (another part of the demo linked them): keep that account.
            Long linked = system.call(() -> ownership.owners(home.id())).stream()
                    .filter(o -> o.resident().equals(first.id())).findFirst()
                    .map(OwnershipService.Owner::userAccountId).orElse(null);
            String username = linked == null ? null
                    : system.call(() -> users.get(new UserId(linked))).details().username();
            if (username == null && i < homes.size() * 3 / 4) {
                String name = String.format("owner-a%02d", ++created);
                system.run(() -> {
                    UserAccount account = users.create(new NewUser(name, first.name(), Role.RESIDENT,
                            DemoData.PASSWORD));
                    residents.linkAccount(first.id(), account.id());
                });
                username = name;
            }
            if (username != null && !username.equals("resident-a")) {
                voters.add(username);
            }
        }
        return voters;
    }

    private CallerContext as(CallerContext system, String username, TenantId tenant) {
        UserAccount account = system.call(() -> user(username));
        return CallerContext.of(Actor.user(account.id().value(), account.details().username(),
                account.details().displayName(), account.details().role(), tenant), tenant);
    }

    private UserAccount user(String username) {
        return users.list(new UserFilter(username, null, null), PageRequest.first(1)).items().get(0);
    }
}
