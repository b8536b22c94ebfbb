package org.linli.tenants.forms;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.PagedQuery;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.registry.grids.GridId;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.residents.ResidentStatus;
import org.linli.tenants.registry.structure.CommunityId;

import java.lang.reflect.Type;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Smart forms: operators design, target and publish them; residents (their own) or grid workers (for residents of
 * their grids) fill them in. Registry-bound fields come prefilled from the registry and, when the person filling in
 * confirms a change, are written back to it ({@link FormWriteBack}). Completion is counted per grid.
 */
@ApplicationService
public class FormService {

    /** The newest published forms a resident is asked to fill in. */
    static final int MAX_MINE = 200;
    /** Completion is one line per grid. */
    static final int MAX_GRIDS = 500;

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Type ANSWERS = new HashMap<String, String>() { }.getClass().getGenericSuperclass();

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    ResidentDirectory residents;

    @Inject
    FormWriteBack writeBack;

    @Inject
    Clock clock;

    @Inject
    Event<FormAnswered> formAnswered;

    @Query
    @RequiresPermission(Permissions.FORM_MANAGE)
    public Page<FormDefinition> list(PageRequest page) {
        TenantContext.require();
        return PagedQuery.of(em, FormDefinition.class, "f").page("f.createdAt desc, f.id desc", page);
    }

    @Query
    @RequiresPermission(Permissions.FORM_FILL)
    public FormViews.FormView get(long formId) {
        FormDefinition form = find(formId);
        if (!CurrentUser.isPermitted(Permissions.FORM_MANAGE) && form.status() == FormStatus.DRAFT) {
            throw DomainException.notFound("form_not_found");
        }
        return new FormViews.FormView(form, fields(formId));
    }

    @Audited("form.create")
    @RequiresPermission(Permissions.FORM_MANAGE)
    public FormDefinition create(FormCommands.NewForm command) {
        TenantContext.require();
        validator.validate(command);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < command.fields().size(); i++) {
            FormCommands.FieldSpec field = command.fields().get(i);
            if (field.type() == FieldType.CHOICE && (field.options() == null || field.options().size() < 2)) {
                errors.add(FieldError.of("fields[" + i + "].options", "choice_options"));
            }
            if (field.type() == FieldType.REGISTRY && field.binding() == null) {
                errors.add(FieldError.of("fields[" + i + "].binding", "required"));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors.toArray(FieldError[]::new));
        }
        FormDefinition form = new FormDefinition(command, clock.instant());
        em.persist(form);
        em.flush();
        for (int i = 0; i < command.fields().size(); i++) {
            em.persist(new FormField(form.id(), i, command.fields().get(i)));
        }
        return form;
    }

    @Audited("form.publish")
    @RequiresPermission(Permissions.FORM_MANAGE)
    public FormDefinition publish(@AuditTarget long formId) {
        FormDefinition form = find(formId);
        form.publish(clock.instant());
        return form;
    }

    @Audited("form.close")
    @RequiresPermission(Permissions.FORM_MANAGE)
    public FormDefinition close(@AuditTarget long formId) {
        FormDefinition form = find(formId);
        form.close();
        return form;
    }

    /** How far each grid has come: target residents and answers. */
    @Query
    @RequiresPermission(Permissions.FORM_FILL)
    public List<FormViews.GridProgress> progress(long formId) {
        FormDefinition form = find(formId);
        GridId grid = form.targetGridId() == null ? null : new GridId(form.targetGridId());
        Map<Long, Long> targets = residents.countByGrid(community(form), grid, form.targetTag());
        Map<Long, Long> answered = new HashMap<>();
        em.createQuery("select r.gridId, count(r) from FormResponse r where r.formId = :form group by r.gridId",
                        Object[].class).setParameter("form", formId).getResultList()
                .forEach(row -> answered.put((Long) row[0], (Long) row[1]));
        return targets.entrySet().stream()
                .map(entry -> new FormViews.GridProgress(entry.getKey(), entry.getValue(),
                        Math.min(entry.getValue(), answered.getOrDefault(entry.getKey(), 0L))))
                .sorted(Comparator.comparing(p -> p.gridId() == null ? Long.MAX_VALUE : p.gridId()))
                .limit(MAX_GRIDS).toList();
    }

    @Query
    @RequiresPermission(Permissions.FORM_MANAGE)
    public Page<FormViews.Answers> answers(long formId, PageRequest page) {
        find(formId);
        List<FormResponse> found = em.createQuery("select r from FormResponse r where r.formId = :form"
                        + " order by r.submittedAt desc, r.id desc", FormResponse.class)
                .setParameter("form", formId).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(r) from FormResponse r where r.formId = :form", Long.class)
                .setParameter("form", formId).getSingleResult();
        List<FormViews.Answers> answers = found.stream().map(response -> new FormViews.Answers(
                response.residentId(), name(response.residentId()), response.respondent(), response.submittedAt(),
                decode(response.answersJson()))).toList();
        return Page.of(answers, total, page);
    }

    /** The registry's current values for a resident's registry-bound fields, as the caller may see them. */
    @Query
    @RequiresPermission(Permissions.FORM_FILL)
    public Map<Long, String> prefill(long formId, ResidentId resident) {
        FormDefinition form = find(formId);
        ResidentRecord record = subject(form, resident);
        Map<Long, String> values = new LinkedHashMap<>();
        for (FormField field : fields(formId)) {
            if (field.binding() != null) {
                values.put(field.id(), writeBack.current(field.binding(), record));
            }
        }
        return values;
    }

    /**
     * Records a resident's answers (replacing earlier ones). With {@code confirmWriteBack}, registry-bound answers
     * that differ from the registry are written back to it.
     */
    @Audited("form.answer")
    @RequiresPermission(Permissions.FORM_FILL)
    public FormViews.Answers answer(long formId, @AuditTarget ResidentId resident, Map<Long, String> answers,
                                    boolean confirmWriteBack) {
        FormDefinition form = find(formId);
        form.requirePublished();
        ResidentRecord record = subject(form, resident);
        List<FormField> fields = fields(formId);
        Map<Long, String> clean = check(fields, answers == null ? Map.of() : answers);
        FormResponse response = em.createQuery("select r from FormResponse r where r.formId = :form"
                        + " and r.residentId = :resident", FormResponse.class)
                .setParameter("form", formId).setParameter("resident", resident.value()).getResultStream()
                .findFirst().orElseGet(() -> {
                    FormResponse created = new FormResponse(formId, resident.value(), record.grid());
                    em.persist(created);
                    return created;
                });
        String by = CurrentUser.require().username();
        response.answer(encode(clean), by, clock.instant());
        if (confirmWriteBack) {
            Map<RegistryBinding, String> changes = new LinkedHashMap<>();
            for (FormField field : fields) {
                String value = clean.get(field.id());
                if (field.binding() != null && value != null && writeBack.differs(field.binding(), record, value)) {
                    changes.put(field.binding(), value);
                }
            }
            if (!changes.isEmpty()) {
                CallerContext.system("form-write-back", TenantContext.require())
                        .run(() -> writeBack.apply(record, changes));
            }
        }
        formAnswered.fire(new FormAnswered(TenantContext.require(), resident, formId));
        return new FormViews.Answers(resident.value(), record.name(), by, response.submittedAt(), clean);
    }

    /** Published forms the signed-in resident is asked to fill in. */
    @Query
    @RequiresPermission(Permissions.FORM_FILL)
    public List<FormViews.MyForm> mine() {
        Optional<ResidentRecord> me = residents.mine();
        if (me.isEmpty()) {
            return List.of();
        }
        List<Long> answered = em.createQuery("select r.formId from FormResponse r where r.residentId = :resident",
                Long.class).setParameter("resident", me.get().id().value()).getResultList();
        return em.createQuery("select f from FormDefinition f where f.status = :published and f.audience = :residents"
                        + " order by f.publishedAt desc", FormDefinition.class)
                .setParameter("published", FormStatus.PUBLISHED).setParameter("residents", Audience.RESIDENTS)
                .setMaxResults(MAX_MINE).getResultList().stream().filter(form -> targets(form, me.get()))
                .map(form -> new FormViews.MyForm(form, answered.contains(form.id()))).toList();
    }

    /** The resident the answers are about, checked against who fills in and whom the form targets. */
    private ResidentRecord subject(FormDefinition form, ResidentId resident) {
        boolean isResident = CurrentUser.require().role() == Role.RESIDENT;
        ResidentRecord record;
        if (isResident) {
            record = residents.mine().filter(me -> me.id().equals(resident))
                    .orElseThrow(() -> DomainException.notFound("resident_not_found"));
            if (form.audience() != Audience.RESIDENTS) {
                throw DomainException.forbidden("forbidden");
            }
        } else {
            record = residents.get(resident);
        }
        if (!targets(form, record)) {
            throw DomainException.conflict("form_not_targeted");
        }
        return record;
    }

    private static boolean targets(FormDefinition form, ResidentRecord resident) {
        return resident.status() == ResidentStatus.ACTIVE
                && (form.targetCommunityId() == null || form.targetCommunityId() == resident.community().value())
                && (form.targetGridId() == null || form.targetGridId().equals(resident.grid()))
                && (form.targetTag() == null || resident.tags() == null || resident.tags().contains(form.targetTag()));
    }

    /** Required answers present, numbers numbers, dates dates, choices among the options. */
    private static Map<Long, String> check(List<FormField> fields, Map<Long, String> answers) {
        Map<Long, String> clean = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (FormField field : fields) {
            String value = answers.get(field.id());
            value = value == null ? null : value.strip();
            String name = "answers." + field.id();
            if (value == null || value.isEmpty()) {
                if (field.required()) {
                    errors.add(FieldError.of(name, "required"));
                }
                continue;
            }
            boolean ok = switch (field.type()) {
                case NUMBER -> value.matches("-?\\d{1,12}(\\.\\d{1,4})?");
                case DATE -> value.matches("\\d{4}-\\d{2}-\\d{2}");
                case CHOICE -> field.options().contains(value);
                case TEXT, REGISTRY -> value.length() <= 500;
            };
            if (!ok) {
                errors.add(FieldError.of(name, field.type() == FieldType.CHOICE ? "one_of" : "format",
                        String.join(", ", field.options())));
            }
            clean.put(field.id(), value);
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors.toArray(FieldError[]::new));
        }
        return clean;
    }

    private String name(long resident) {
        try {
            return residents.get(new ResidentId(resident)).name();
        } catch (DomainException outOfScope) {
            return null;
        }
    }

    private List<FormField> fields(long formId) {
        return em.createQuery("select f from FormField f where f.formId = :form order by f.position", FormField.class)
                .setParameter("form", formId).getResultList();
    }

    private FormDefinition find(long formId) {
        TenantContext.require();
        FormDefinition form = em.find(FormDefinition.class, formId);
        if (form == null) {
            throw DomainException.notFound("form_not_found");
        }
        return form;
    }

    private static CommunityId community(FormDefinition form) {
        return form.targetCommunityId() == null ? null : new CommunityId(form.targetCommunityId());
    }

    private static String encode(Map<Long, String> answers) {
        return JSON.toJson(answers.entrySet().stream()
                .collect(Collectors.toMap(e -> Long.toString(e.getKey()), Map.Entry::getValue, (a, b) -> a,
                        LinkedHashMap::new)));
    }

    static Map<Long, String> decode(String json) {
        Map<String, String> raw = JSON.fromJson(json, ANSWERS);
        Map<Long, String> answers = new LinkedHashMap<>();
        raw.forEach((key, value) -> answers.put(Long.parseLong(key), value));
        return answers;
    }
}
