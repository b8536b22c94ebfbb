package org.linli.ui.storefront;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.proposals.Counting;
import org.linli.tenants.proposals.Matter;
import org.linli.tenants.proposals.Phase;
import org.linli.tenants.proposals.Proposal;
import org.linli.tenants.proposals.ProposalCommands;
import org.linli.tenants.proposals.ProposalKind;
import org.linli.tenants.proposals.ProposalService;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.security.ViewPermission;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * "议事" for residents on a phone: the proposals of their community, those being voted on first, each with its
 * phase, the number of ballots cast and whether they have voted; a tap opens the discussion and the vote. A
 * resident may propose one of their own, which waits for their neighbours' co-signatures.
 */
@Route(value = "proposals", layout = StorefrontLayout.class)
@ViewPermission(Permissions.PROPOSAL_TAKE_PART)
public class ProposalsView extends Div implements HasDynamicTitle {

    /** Proposals shown at once: a community has a few a month. */
    private static final int SHOWN = 50;

    private final ProposalService proposals;

    @Inject
    public ProposalsView(ProposalService proposals, ResidentDirectory residents) {
        this.proposals = proposals;
        addClassName("proposals-view");
        add(new H2(getTranslation("proposals.title")));
        Button propose = new Button(getTranslation("proposals.propose"), click -> propose(residents));
        propose.setId("proposal-propose");
        add(propose);
        Div cards = new Div();
        cards.addClassName("order-cards");
        cards.setId("proposal-cards");
        add(cards);
        List<ProposalService.ProposalView> shown;
        try {
            shown = proposals.list(null, null, PageRequest.first(SHOWN)).items().stream()
                    .sorted(Comparator.comparing(
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

    /**
     * A resident's own proposal for their community: a draft that opens for discussion once enough households
     * co-signed it; the resident chooses a poll (with options) or an owners' decision (per home, ordinary matter,
     * which the operators may still adjust) and the voting period.
     */
    private void propose(ResidentDirectory residents) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("proposals.propose"));
        TextField title = new TextField(getTranslation("proposals.field.title"));
        title.setMaxLength(200);
        title.setWidthFull();
        TextArea body = new TextArea(getTranslation("proposals.field.body"));
        body.setMaxLength(4000);
        body.setWidthFull();
        Select<ProposalKind> kind = new Select<>();
        kind.setLabel(getTranslation("proposal.kind"));
        kind.setItems(ProposalKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("proposal.kind." + k));
        kind.setValue(ProposalKind.SIMPLE_POLL);
        TextArea options = new TextArea(getTranslation("proposals.field.options"));
        options.setHelperText(getTranslation("proposals.field.options.help"));
        options.setWidthFull();
        kind.addValueChangeListener(change -> options.setVisible(change.getValue() == ProposalKind.SIMPLE_POLL));
        DateTimePicker from = new DateTimePicker(getTranslation("proposals.field.from"));
        DateTimePicker until = new DateTimePicker(getTranslation("proposals.field.until"));
        from.setValue(LocalDate.now(ChinaTime.ZONE).plusDays(14).atTime(9, 0));
        until.setValue(from.getValue().plusDays(7));
        dialog.add(new Paragraph(getTranslation("proposals.propose.help")), title, body, kind, options, from, until);
        Button save = FleaView.primary(new Button(getTranslation("proposals.propose"), click -> {
            try {
                boolean poll = kind.getValue() == ProposalKind.SIMPLE_POLL;
                proposals.submit(new ProposalCommands.NewProposal(residents.me().community().value(),
                        title.getValue(), body.getValue(), kind.getValue(),
                        poll ? Arrays.stream(options.getValue().split("\n")).toList() : null,
                        poll ? null : Counting.PER_HOME, poll ? null : Matter.ORDINARY,
                        from.getValue() == null ? null : from.getValue().atZone(ChinaTime.ZONE).toInstant(),
                        until.getValue() == null ? null : until.getValue().atZone(ChinaTime.ZONE).toInstant()));
                dialog.close();
                UiErrors.success(getTranslation("proposals.proposed"));
                getUI().ifPresent(ui -> ui.getPage().reload());
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        }));
        save.setId("proposal-propose-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** The phase as a coloured badge: voting needs attention, closed is done. */
    static StatusBadge phase(Phase phase, Function<String, String> t) {
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
