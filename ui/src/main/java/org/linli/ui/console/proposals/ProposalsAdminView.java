package org.linli.ui.console.proposals;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.inject.Inject;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.proposals.Counting;
import org.linli.tenants.proposals.DiscussionService;
import org.linli.tenants.proposals.Matter;
import org.linli.tenants.proposals.Phase;
import org.linli.tenants.proposals.Proposal;
import org.linli.tenants.proposals.ProposalCommands;
import org.linli.tenants.proposals.ProposalComment;
import org.linli.tenants.proposals.ProposalKind;
import org.linli.tenants.proposals.ProposalService;
import org.linli.tenants.proposals.Tally;
import org.linli.tenants.proposals.VotingService;
import org.linli.tenants.registry.structure.Community;
import org.linli.tenants.registry.structure.StructureService;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.TextDialog;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * "议事协商" for operators: the tenant's proposals with their phase and the number of ballots cast (never who voted
 * what); putting a proposal to a community, moving its voting period, closing an ended vote, publishing its tally
 * (with the PDF); the co-signature threshold for residents' proposals; and the reported comments to hide or show.
 */
@Route(value = "proposal-management", layout = MainLayout.class)
@ViewPermission(Permissions.PROPOSAL_MANAGE)
public class ProposalsAdminView extends VerticalLayout implements HasDynamicTitle {

    private final ProposalService proposals;
    private final VotingService voting;
    private final DiscussionService discussion;
    private final StructureService structure;
    private final Grid<ProposalService.ProposalView> grid = new ListGrid<>();
    private final Grid<ProposalComment> reported = new ListGrid<>();

    @Inject
    public ProposalsAdminView(ProposalService proposals, VotingService voting, DiscussionService discussion,
                              StructureService structure) {
        this.proposals = proposals;
        this.voting = voting;
        this.discussion = discussion;
        this.structure = structure;
        addClassName("list-view");
        setSizeFull();
        add(new H2(getTranslation("nav.proposals")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        Button create = new Button(getTranslation("proposals.new"), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("proposal-new");
        IntegerField threshold = new IntegerField(getTranslation("proposals.settings.co-signatures"));
        threshold.setMin(1);
        threshold.setStepButtonsVisible(true);
        threshold.setValue(proposals.coSignaturesNeeded());
        Button saveThreshold = new Button(getTranslation("action.save"), click -> {
            try {
                proposals.changeSettings(new ProposalCommands.Settings(threshold.getValue()));
                UiErrors.success(getTranslation("proposals.settings.saved"));
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        HorizontalLayout bar = new HorizontalLayout(create, threshold, saveThreshold);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWrap(true);
        grid.setId("proposals-grid");
        grid.addColumn(v -> v.proposal().title()).setHeader(getTranslation("proposals.field.title"))
                .setFlexGrow(ListGrid.LONG_TEXT);
        grid.addColumn(v -> getTranslation("proposal.kind." + v.proposal().kind()))
                .setHeader(getTranslation("proposal.kind")).setAutoWidth(true);
        grid.addComponentColumn(v -> phase(v.phase())).setHeader(getTranslation("proposals.phase")).setAutoWidth(true);
        grid.addColumn(v -> Formats.dateTime(v.proposal().votingFrom()) + " – "
                + Formats.dateTime(v.proposal().votingUntil())).setHeader(getTranslation("proposals.field.period"))
                .setAutoWidth(true);
        grid.addColumn(v -> electorate(v.proposal())).setHeader(getTranslation("proposals.electorate"))
                .setAutoWidth(true);
        grid.addColumn(ProposalService.ProposalView::ballotsCast).setHeader(getTranslation("proposals.ballots.cast"))
                .setAutoWidth(true);
        grid.addColumn(v -> v.proposal().result() == null ? ""
                : getTranslation("proposal.result." + v.proposal().result())).setHeader(getTranslation(
                "proposal.tally.result")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("proposals.none.console"));
        reported.setId("reported-comments");
        reported.setAllRowsVisible(true);
        reported.addColumn(ProposalComment::body).setHeader(getTranslation("proposals.comment"))
                .setFlexGrow(ListGrid.LONG_TEXT);
        reported.addColumn(ProposalComment::authorName).setHeader(getTranslation("proposals.author"));
        reported.addColumn(ProposalComment::reports).setHeader(getTranslation("proposals.reports")).setAutoWidth(true);
        reported.addComponentColumn(this::moderation).setAutoWidth(true).setFlexGrow(0);
        reported.setEmptyStateText(getTranslation("proposals.reported.none"));
        add(bar, grid, new H3(getTranslation("proposals.reported")), reported);
        refresh();
    }

    /** Who may vote, as fixed when the proposal opened: the thresholds count against it, not today's registry. */
    private String electorate(Proposal proposal) {
        if (proposal.electorateAt() == null) {
            return "—";
        }
        if (proposal.kind() != ProposalKind.OWNERS_DECISION) {
            return getTranslation("proposals.electorate.residents", proposal.electorateVoters());
        }
        return getTranslation(proposal.counting() == Counting.PER_HOME
                        ? "proposals.electorate.homes" : "proposals.electorate.owners", proposal.electorateVoters(),
                proposal.electorateSquareMetres());
    }

    private StatusBadge phase(Phase phase) {
        return new StatusBadge(getTranslation("proposal.phase." + phase), phase == Phase.VOTING
                ? StatusBadge.Tone.ATTENTION : phase == Phase.PUBLISHED ? StatusBadge.Tone.GOOD
                : StatusBadge.Tone.NEUTRAL);
    }

    private Component actions(ProposalService.ProposalView view) {
        long id = view.proposal().id();
        Div actions = new Div();
        if (view.phase() == Phase.DRAFT || view.phase() == Phase.DISCUSSION) {
            actions.add(small("proposals.schedule", "proposal-schedule-" + id, () -> schedule(view.proposal())));
        }
        if (view.phase() == Phase.COUNTING) {
            actions.add(small("proposals.close", "proposal-close-" + id, () -> act(() -> voting.close(id))));
        }
        if (view.phase() == Phase.CLOSED) {
            actions.add(small("proposals.publish", "proposal-publish-" + id, () -> act(() -> voting.publish(id))));
        }
        if (view.phase() == Phase.CLOSED || view.phase() == Phase.PUBLISHED) {
            actions.add(small("proposals.tally", "proposal-tally-" + id, () -> showTally(id)));
        }
        return actions;
    }

    private Button small(String key, String id, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setId(id);
        return button;
    }

    private Component moderation(ProposalComment comment) {
        Button hide = new Button(getTranslation("flea.hide"), click -> TextDialog.ask(getTranslation("flea.hide"),
                getTranslation("flea.note"), null, getTranslation("flea.hide"), ButtonVariant.LUMO_ERROR, note -> {
                    discussion.hide(comment.id(), new ProposalCommands.Moderation(note));
                    refresh();
                }, new Span(comment.body())));
        hide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        hide.setId("comment-hide-" + comment.id());
        return hide;
    }

    private void create() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("proposals.new"));
        ComboBox<Community> community = new ComboBox<>(getTranslation("proposals.field.community"));
        community.setItems(structure.communities(PageRequest.first(PageRequest.MAX_SIZE)).items());
        community.setItemLabelGenerator(Community::name);
        TextField title = new TextField(getTranslation("proposals.field.title"));
        title.setMaxLength(200);
        TextArea body = new TextArea(getTranslation("proposals.field.body"));
        body.setMaxLength(4000);
        Select<ProposalKind> kind = new Select<>();
        kind.setLabel(getTranslation("proposal.kind"));
        kind.setItems(ProposalKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("proposal.kind." + k));
        kind.setValue(ProposalKind.OWNERS_DECISION);
        Select<Counting> counting = new Select<>();
        counting.setLabel(getTranslation("proposal.counting"));
        counting.setItems(Counting.values());
        counting.setItemLabelGenerator(c -> getTranslation("proposal.counting." + c));
        counting.setValue(Counting.PER_HOME);
        Select<Matter> matter = new Select<>();
        matter.setLabel(getTranslation("proposal.matter"));
        matter.setItems(Matter.values());
        matter.setItemLabelGenerator(m -> getTranslation("proposal.matter." + m));
        matter.setValue(Matter.ORDINARY);
        TextArea options = new TextArea(getTranslation("proposals.field.options"));
        options.setHelperText(getTranslation("proposals.field.options.help"));
        kind.addValueChangeListener(change -> {
            boolean decision = change.getValue() == ProposalKind.OWNERS_DECISION;
            counting.setVisible(decision);
            matter.setVisible(decision);
            options.setVisible(!decision);
        });
        options.setVisible(false);
        DateTimePicker from = new DateTimePicker(getTranslation("proposals.field.from"));
        DateTimePicker until = new DateTimePicker(getTranslation("proposals.field.until"));
        from.setValue(LocalDate.now(ChinaTime.ZONE).plusDays(7).atTime(9, 0));
        until.setValue(from.getValue().plusDays(7));
        dialog.add(new FormLayout(community, title, body, kind, counting, matter, options, from, until));
        Button save = new Button(getTranslation("action.create"), click -> {
            try {
                boolean decision = kind.getValue() == ProposalKind.OWNERS_DECISION;
                proposals.submit(new ProposalCommands.NewProposal(community.getValue() == null ? null
                        : community.getValue().id().value(), title.getValue(), body.getValue(), kind.getValue(),
                        decision ? null : Arrays.stream(options.getValue().split("\n")).toList(),
                        decision ? counting.getValue() : null, decision ? matter.getValue() : null,
                        from.getValue() == null ? null : from.getValue().atZone(ChinaTime.ZONE).toInstant(),
                        until.getValue() == null ? null : until.getValue().atZone(ChinaTime.ZONE).toInstant()));
                dialog.close();
                refresh();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("proposal-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void schedule(Proposal proposal) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(proposal.title());
        DateTimePicker from = new DateTimePicker(getTranslation("proposals.field.from"));
        DateTimePicker until = new DateTimePicker(getTranslation("proposals.field.until"));
        from.setValue(proposal.votingFrom().atZone(ChinaTime.ZONE).toLocalDateTime());
        until.setValue(proposal.votingUntil().atZone(ChinaTime.ZONE).toLocalDateTime());
        dialog.add(new FormLayout(from, until));
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                proposals.schedule(proposal.id(), new ProposalCommands.Schedule(
                        from.getValue() == null ? null : from.getValue().atZone(ChinaTime.ZONE).toInstant(),
                        until.getValue() == null ? null : until.getValue().atZone(ChinaTime.ZONE).toInstant()));
                dialog.close();
                refresh();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void showTally(long id) {
        Tally tally;
        try {
            tally = voting.tally(id);
        } catch (DomainException problem) {
            UiErrors.show(problem);
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(tally.title());
        dialog.add(new Paragraph(getTranslation("proposal.tally.result") + "："
                + getTranslation("proposal.result." + tally.result())));
        if (tally.kind() == ProposalKind.OWNERS_DECISION) {
            dialog.add(new Paragraph(getTranslation("proposals.tally.area", tally.participatingArea(),
                    tally.eligibleArea(), Tally.percent(tally.participatingArea(), tally.eligibleArea()))),
                    new Paragraph(getTranslation("proposals.tally.voters", tally.participatingVoters(),
                            tally.eligibleVoters())),
                    new Paragraph(getTranslation("proposals.tally.for", tally.forArea(), tally.forVoters())));
        }
        List<Tally.OptionCount> options = tally.options();
        options.forEach(o -> dialog.add(new Paragraph((tally.kind() == ProposalKind.OWNERS_DECISION
                ? getTranslation("proposal.option." + o.label()) : o.label()) + "："
                + getTranslation("proposals.ballots", o.ballots())
                + (o.area() == null ? "" : " · " + o.area().toPlainString() + " m²"))));
        DownloadHandler pdf = event -> {
            event.setFileName("tally-" + id + ".pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(voting.tallyPdf(id, getLocale()));
        };
        Anchor download = new Anchor(pdf, getTranslation("proposals.tally.pdf"));
        download.setId("proposal-tally-pdf");
        dialog.add(download);
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
    }

    private void act(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
    }

    private void refresh() {
        grid.setItems(query -> proposals.list(null, null, new PageRequest(query.getPage(), query.getPageSize()))
                .items().stream(), query -> (int) proposals.list(null, null, PageRequest.first(1)).total());
        reported.setItems(discussion.reported(PageRequest.first(PageRequest.MAX_SIZE)).items());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.proposals") + " · " + getTranslation("app.name");
    }
}
