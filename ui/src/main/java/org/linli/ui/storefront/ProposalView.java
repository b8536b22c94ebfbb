package org.linli.ui.storefront;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.proposals.DiscussionService;
import org.linli.tenants.proposals.Phase;
import org.linli.tenants.proposals.Proposal;
import org.linli.tenants.proposals.ProposalCommands;
import org.linli.tenants.proposals.ProposalComment;
import org.linli.tenants.proposals.ProposalKind;
import org.linli.tenants.proposals.ProposalService;
import org.linli.tenants.proposals.Tally;
import org.linli.tenants.proposals.VotingService;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.TextDialog;
import org.linli.ui.components.UiErrors;
import org.linli.ui.security.ViewPermission;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One proposal on a phone: what it proposes and when it is voted on; co-signing a draft; the discussion with a
 * comment box and a report action; the ballot — after which the receipt code is shown, once, to note down — and,
 * once published, the tally with participation, both majorities and the PDF. A receipt code can be checked here.
 */
@Route(value = "proposals/proposal", layout = StorefrontLayout.class)
@ViewPermission(Permissions.PROPOSAL_TAKE_PART)
public class ProposalView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ProposalService proposals;
    private final DiscussionService discussion;
    private final VotingService voting;
    private String title = "";
    private long id;

    @Inject
    public ProposalView(ProposalService proposals, DiscussionService discussion, VotingService voting) {
        this.proposals = proposals;
        this.discussion = discussion;
        this.voting = voting;
        addClassName("proposal-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long proposalId) {
        this.id = proposalId;
        show(null);
    }

    /** Draws the proposal; {@code receipt}, right after voting, is shown on top. */
    private void show(VotingService.Receipt receipt) {
        removeAll();
        ProposalService.ProposalView view;
        try {
            view = proposals.get(id);
        } catch (DomainException problem) {
            add(new EmptyState(getTranslation("problem." + problem.code(), problem.args().toArray())));
            return;
        }
        Proposal p = view.proposal();
        title = p.title();
        Div facts = new Div(ProposalsView.phase(view.phase(), this::getTranslation),
                new Span(getTranslation("proposal.kind." + p.kind())),
                new Span(getTranslation("proposals.period", Formats.dateTime(p.votingFrom()),
                        Formats.dateTime(p.votingUntil()))),
                new Span(getTranslation("proposals.by", p.proposerName())));
        facts.addClassName("flea-facts");
        add(new H2(p.title()), facts);
        if (p.kind() == ProposalKind.OWNERS_DECISION) {
            add(new Paragraph(getTranslation("proposal.counting." + p.counting()) + " · "
                    + getTranslation("proposal.matter." + p.matter())));
        }
        add(new Paragraph(p.body()));
        if (receipt != null) {
            add(receiptBox(receipt));
        }
        switch (view.phase()) {
            case DRAFT -> add(coSign(view));
            case VOTING -> add(ballot(view));
            case CLOSED, PUBLISHED, COUNTING -> add(tally());
            default -> add(new Paragraph(getTranslation("proposals.voting-from", Formats.dateTime(p.votingFrom()))));
        }
        add(comments(view), receiptCheck());
    }

    private Component coSign(ProposalService.ProposalView view) {
        Div box = new Div(new Span(getTranslation("proposals.co-signed", view.proposal().coSignatures(),
                view.coSignaturesNeeded())));
        box.addClassName("proposal-box");
        if (!view.signedByMyHousehold() && !view.mine()) {
            Button sign = FleaView.primary(new Button(getTranslation("proposals.co-sign"), click -> act(() -> {
                proposals.coSign(id);
                UiErrors.success(getTranslation("proposals.co-signed.done"));
            })));
            sign.setId("proposal-co-sign");
            box.add(sign);
        }
        return box;
    }

    private Component ballot(ProposalService.ProposalView view) {
        Div box = new Div(new H3(getTranslation("proposals.vote")));
        box.addClassName("proposal-box");
        box.setId("proposal-ballot");
        box.add(new Span(getTranslation("proposals.ballots", view.ballotsCast())));
        if (view.votedByMe()) {
            box.add(new Paragraph(getTranslation("proposals.voted.help")));
            return box;
        }
        Proposal p = view.proposal();
        RadioButtonGroup<Integer> choice = new RadioButtonGroup<>();
        choice.setId("proposal-choice");
        choice.setItems(IntStream.range(0, p.options().size()).boxed().toList());
        choice.setItemLabelGenerator(i -> label(p, p.options().get(i)));
        choice.addClassName("proposal-choices");
        Button cast = FleaView.primary(new Button(getTranslation("proposals.cast")));
        cast.setId("proposal-cast");
        cast.addClickListener(click -> {
            if (choice.getValue() == null) {
                choice.setInvalid(true);
                choice.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            try {
                show(voting.vote(id, new ProposalCommands.Vote(choice.getValue())));
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        box.add(choice, new Paragraph(getTranslation("proposals.secret")), cast);
        return box;
    }

    private Component receiptBox(VotingService.Receipt receipt) {
        Span code = new Span(receipt.code());
        Codes.mark(code);
        code.setId("proposal-receipt");
        Div box = new Div(new H3(getTranslation("proposals.receipt")), code,
                new Paragraph(getTranslation("proposals.receipt.help", label(proposals.get(id).proposal(),
                        receipt.option()))));
        box.addClassNames("proposal-box", "reminder");
        return box;
    }

    private Component tally() {
        Div box = new Div(new H3(getTranslation("proposals.tally")));
        box.addClassName("proposal-box");
        box.setId("proposal-tally");
        Tally tally = voting.tally(id);
        if (!tally.complete()) {
            box.add(new Span(getTranslation("proposals.ballots", tally.ballotsCast())),
                    new Paragraph(getTranslation("proposals.tally.pending")));
            return box;
        }
        Span result = new Span(getTranslation("proposal.result." + tally.result()));
        result.addClassName("proposal-result");
        result.setId("proposal-result");
        box.add(result);
        if (tally.kind() == ProposalKind.OWNERS_DECISION) {
            box.add(new Paragraph(getTranslation("proposals.tally.area", tally.participatingArea(),
                    tally.eligibleArea(), Tally.percent(tally.participatingArea(), tally.eligibleArea()))),
                    new Paragraph(getTranslation("proposals.tally.voters", tally.participatingVoters(),
                            tally.eligibleVoters())),
                    new Paragraph(getTranslation("proposals.tally.for", tally.forArea(), tally.forVoters())));
        }
        tally.options().forEach(option -> box.add(new Paragraph(labelOf(tally, option.label()) + "："
                + getTranslation("proposals.ballots", option.ballots())
                + (option.area() == null ? "" : " · " + option.area().toPlainString() + " m²"))));
        DownloadHandler pdf = event -> {
            event.setFileName("tally-" + id + ".pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(voting.tallyPdf(id, getLocale()));
        };
        Anchor download = new Anchor(pdf, getTranslation("proposals.tally.pdf"));
        download.setId("proposal-tally-pdf");
        box.add(download);
        return box;
    }

    private Component comments(ProposalService.ProposalView view) {
        Div box = new Div(new H3(getTranslation("proposals.discussion")));
        box.setId("proposal-comments");
        List<ProposalComment> shown = discussion.comments(id, PageRequest.first(PageRequest.MAX_SIZE)).items();
        if (shown.isEmpty()) {
            box.add(new EmptyState(getTranslation("proposals.discussion.none")));
        }
        for (ProposalComment comment : shown) {
            Button report = new Button(getTranslation("flea.report"), click -> TextDialog.ask(
                    getTranslation("flea.report"), getTranslation("flea.report.reason"), null,
                    getTranslation("flea.report"), ButtonVariant.LUMO_ERROR, reason -> {
                        discussion.report(comment.id(), new ProposalCommands.Report(reason));
                        UiErrors.success(getTranslation("flea.reported"));
                    }));
            report.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Div card = new Div(new Span(comment.authorName() + " · " + Formats.dateTime(comment.createdAt())),
                    new Paragraph(comment.body()), report);
            card.addClassName("order-card");
            box.add(card);
        }
        Phase phase = view.phase();
        if (phase == Phase.DRAFT || phase == Phase.DISCUSSION || phase == Phase.VOTING) {
            TextArea text = new TextArea();
            text.setPlaceholder(getTranslation("proposals.comment.placeholder"));
            text.setMaxLength(2000);
            text.setWidthFull();
            Button send = new Button(getTranslation("proposals.comment"), click -> act(() ->
                    discussion.comment(id, new ProposalCommands.Comment(text.getValue()))));
            send.setId("proposal-comment-send");
            box.add(text, send);
        }
        return box;
    }

    private Component receiptCheck() {
        TextField code = new TextField();
        code.setPlaceholder(getTranslation("proposals.receipt.check.placeholder"));
        code.setId("proposal-receipt-check");
        Span answer = new Span();
        Button check = new Button(getTranslation("proposals.receipt.check"), click -> {
            try {
                VotingService.ReceiptCheck found = voting.receipt(code.getValue());
                String option = found.kind() == ProposalKind.OWNERS_DECISION
                        ? getTranslation("proposal.option." + found.option()) : found.option();
                answer.setText(getTranslation(found.counted() ? "proposals.receipt.counted"
                        : "proposals.receipt.recorded", found.title(), option));
            } catch (DomainException problem) {
                answer.setText(getTranslation("problem." + problem.code()));
            }
        });
        Div box = new Div(new H3(getTranslation("proposals.receipt.check")), code, check, answer);
        box.addClassName("proposal-box");
        return box;
    }

    private String label(Proposal p, String option) {
        return p.kind() == ProposalKind.OWNERS_DECISION ? getTranslation("proposal.option." + option) : option;
    }

    private String labelOf(Tally tally, String option) {
        return tally.kind() == ProposalKind.OWNERS_DECISION ? getTranslation("proposal.option." + option) : option;
    }

    private void act(Runnable action) {
        try {
            action.run();
            show(null);
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("proposals.title");
    }
}
