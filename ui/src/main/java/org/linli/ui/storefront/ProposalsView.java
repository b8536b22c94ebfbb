package org.linli.ui.storefront;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.proposals.Phase;
import org.linli.tenants.proposals.Proposal;
import org.linli.tenants.proposals.ProposalService;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.security.ViewPermission;

import java.util.List;

/**
 * "议事" for residents on a phone: the proposals of their community, those being voted on first, each with its
 * phase, the number of ballots cast and whether they have voted; a tap opens the discussion and the vote.
 */
@Route(value = "proposals", layout = StorefrontLayout.class)
@ViewPermission(Permissions.PROPOSAL_TAKE_PART)
public class ProposalsView extends Div implements HasDynamicTitle {

    /** Proposals shown at once: a community has a few a month. */
    private static final int SHOWN = 50;

    @Inject
    public ProposalsView(ProposalService proposals) {
        addClassName("proposals-view");
        add(new H2(getTranslation("proposals.title")));
        Div cards = new Div();
        cards.addClassName("order-cards");
        cards.setId("proposal-cards");
        add(cards);
        List<ProposalService.ProposalView> shown;
        try {
            shown = proposals.list(null, null, PageRequest.first(SHOWN)).items().stream()
                    .sorted(java.util.Comparator.comparing(
                            (ProposalService.ProposalView v) -> v.phase() != Phase.VOTING))
                    .toList();
        } catch (DomainException problem) {
            cards.add(new EmptyState(getTranslation("problem." + problem.code(), problem.args().toArray())));
            return;
        }
        if (shown.isEmpty()) {
            cards.add(new EmptyState(getTranslation("proposals.none")));
        }
        shown.forEach(view -> cards.add(card(view)));
    }

    private Component card(ProposalService.ProposalView view) {
        Proposal p = view.proposal();
        RouterLink link = new RouterLink(ProposalView.class, p.id());
        link.addClassNames("order-card", "proposal-card");
        link.setId("proposal-" + p.id());
        Span title = new Span(p.title());
        title.addClassName("proposal-card-title");
        Div head = new Div(title, phase(view.phase(), this::getTranslation));
        head.addClassName("order-card-head");
        String facts = getTranslation("proposal.kind." + p.kind()) + " · " + switch (view.phase()) {
            case DRAFT -> getTranslation("proposals.co-signed", p.coSignatures(), view.coSignaturesNeeded());
            case DISCUSSION -> getTranslation("proposals.voting-from", Formats.dateTime(p.votingFrom()));
            case VOTING, COUNTING -> getTranslation("proposals.voting-until", Formats.dateTime(p.votingUntil()),
                    view.ballotsCast());
            case CLOSED, PUBLISHED -> getTranslation("proposals.ballots", view.ballotsCast());
        };
        link.add(head, new Span(facts));
        if (view.votedByMe()) {
            link.add(new StatusBadge(getTranslation("proposals.voted"), StatusBadge.Tone.GOOD));
        }
        return link;
    }

    /** The phase as a coloured badge: voting needs attention, closed is done. */
    static StatusBadge phase(Phase phase, java.util.function.Function<String, String> t) {
        StatusBadge.Tone tone = switch (phase) {
            case VOTING -> StatusBadge.Tone.ATTENTION;
            case PUBLISHED, CLOSED -> StatusBadge.Tone.GOOD;
            default -> StatusBadge.Tone.NEUTRAL;
        };
        return new StatusBadge(t.apply("proposal.phase." + phase), tone);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proposals.title") + " · " + getTranslation("app.name");
    }
}
