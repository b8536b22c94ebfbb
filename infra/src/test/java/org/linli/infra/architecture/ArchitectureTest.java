package org.linli.infra.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.BatchService;
import org.linli.platform.application.PublicEntry;
import org.linli.platform.application.Query;
import org.linli.platform.application.rest.BoundedList;
import org.linli.platform.audit.AuditRecord;
import org.linli.platform.audit.Audited;
import org.linli.platform.identity.internal.LoginName;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.registry.grids.GridAssignment;
import org.linli.tenants.registry.grids.GridScope;
import org.linli.tenants.registry.selfregistration.HouseholdInvite;
import org.linli.tenants.registry.structure.Building;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** The design rules of ARCHITECTURE.md, checked on every build. */
class ArchitectureTest {

    /** The Bean Validation constraints Payara's OpenAPI scanner reads from parameters, and {@code @Pattern}. */
    private static final List<Class<? extends Annotation>> SCANNER_FAILS_ON = List.of(Size.class, Min.class,
            Max.class, jakarta.validation.constraints.Pattern.class, NotBlank.class, NotEmpty.class,
            DecimalMin.class, DecimalMax.class, Positive.class, PositiveOrZero.class, Negative.class,
            NegativeOrZero.class);

    static JavaClasses linli;

    @BeforeAll
    static void importClasses() {
        linli = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.linli");
    }

    @Test
    void modulesDependOnlyDownwards() {
        ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("platform").definedBy("org.linli.platform..")
                .layer("tenants").definedBy("org.linli.tenants..")
                .layer("billing").definedBy("org.linli.billing..")
                .layer("ui").definedBy("org.linli.ui..")
                .layer("infra").definedBy("org.linli.infra..")
                .whereLayer("infra").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("infra")
                .whereLayer("billing").mayOnlyBeAccessedByLayers("ui", "infra")
                .whereLayer("tenants").mayOnlyBeAccessedByLayers("billing", "ui", "infra");
        rule.check(linli);
    }

    @Test
    void internalPackagesAreUsedOnlyInsideTheirFeature() {
        classes().that().resideInAPackage("..internal..").should(beUsedOnlyInsideTheirFeature()).check(linli);
    }

    @Test
    void viewsReachDataOnlyThroughServices() {
        noClasses().that().resideInAPackage("org.linli.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "javax.sql..")
                .check(linli);
    }

    @Test
    void everyServiceMethodDeclaresItsPermissionAndWhetherItChangesState() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(ApplicationService.class)
                .and().arePublic()
                .should(declarePermissionAndAudit())
                .check(linli);
    }

    @Test
    void batchServicesDeclareTheirPermissionsToo() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(BatchService.class)
                .and().arePublic()
                .should().beAnnotatedWith(RequiresPermission.class).orShould().beAnnotatedWith(PermitAll.class)
                .check(linli);
    }

    /**
     * A service names what a number identifies by taking the typed id ({@code ProviderId}, {@code UserId}...)
     * rather than a bare {@code long}, so an order id cannot be passed where a provider is meant. A parameter is
     * taken for such an id when it is called after one ({@code providerId} or {@code provider} for
     * {@code ProviderId}) or by a known other name for it ({@code userAccountId} for a {@code UserId}).
     */
    @Test
    void serviceMethodsTakeTypedIdsWhereTheyExist() {
        Set<String> typedIds = typedIdNames();
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(ApplicationService.class)
                .or().areDeclaredInClassesThat().areAnnotatedWith(BatchService.class)
                .should(takeNoRawLongFor(typedIds))
                .check(linli);
    }

    /**
     * Transactions, retries after a failed insert and queries belong to the services; a resource only translates
     * HTTP. Infra's exception mappers are not resources and may recognise persistence failures.
     */
    @Test
    void restResourcesLeavePersistenceToTheServices() {
        noClasses().that().resideInAnyPackage("org.linli.platform..rest..", "org.linli.tenants..rest..",
                        "org.linli.billing..rest..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .check(linli);
    }

    /**
     * The registry's parts create and change each other's entities (a merge moves residents, the import writes
     * households, re-sealing rewrites sealed fields), so those constructors and changes are public; every other
     * feature goes through the registry's services, which check, audit and keep the history.
     */
    @Test
    void registryEntitiesAreWrittenOnlyByTheRegistry() {
        Set<String> changes = Set.of("<init>", "moveTo", "describe", "sealContact", "sealIdentity", "resealed",
                "recordOwnership", "importedIn", "changeFloorArea", "assignGrid");
        noClasses().that().resideOutsideOfPackage("org.linli.tenants.registry..")
                .should().callCodeUnitWhere(new DescribedPredicate<>("a registry entity is created or changed") {
                    @Override
                    public boolean test(JavaCall<?> call) {
                        JavaClass owner = call.getTargetOwner();
                        return owner.getPackageName().startsWith("org.linli.tenants.registry")
                                && owner.isAnnotatedWith(Entity.class) && changes.contains(call.getName());
                    }
                })
                .check(linli);
    }

    /**
     * Payara's OpenAPI scanner fails (and {@code /openapi} answers 500) on these constraints on any parameter that is
     * no path parameter, which includes the canonical constructor of a request record. A REST request says only
     * {@code @NotNull}; sizes, ranges and formats stay on the command records, which the services validate.
     */
    @Test
    void restRequestsCarryNoConstraintTheOpenApiScannerFailsOn() {
        classes().that().resideInAPackage("..rest..")
                .should(new ArchCondition<>("declare no " + SCANNER_FAILS_ON.stream().map(Class::getSimpleName)
                        .toList() + " on a field or parameter") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        type.getFields().stream().filter(field -> SCANNER_FAILS_ON.stream()
                                .anyMatch(field::isAnnotatedWith)).forEach(field -> events.add(
                                        SimpleConditionEvent.violated(field, field.getFullName())));
                        type.getCodeUnits().stream().flatMap(unit -> unit.getParameters().stream())
                                .filter(parameter -> SCANNER_FAILS_ON.stream().anyMatch(parameter::isAnnotatedWith))
                                .forEach(parameter -> events.add(SimpleConditionEvent.violated(parameter,
                                        parameter.getDescription())));
                    }
                })
                .check(linli);
    }

    /**
     * A feature's REST bodies sit together in its {@code …Api} file, so the contract can be read in one place and a
     * resource holds only its endpoints.
     */
    @Test
    void restBodiesLiveInTheFeaturesApiFile() {
        classes().that().resideInAnyPackage("org.linli.platform..rest..", "org.linli.tenants..rest..",
                        "org.linli.billing..rest..").and().areRecords()
                .and().areNestedClasses()
                .should(new ArchCondition<>("be declared in the feature's …Api class") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        JavaClass outer = type.getEnclosingClass().orElseThrow();
                        if (!outer.getSimpleName().endsWith("Api")) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " is declared in "
                                    + outer.getSimpleName()));
                        }
                    }
                })
                .check(linli);
    }

    @Test
    void restResourcesLeavePermissionsToTheServices() {
        noClasses().that().resideInAPackage("..rest..")
                .should().callMethod(CurrentUser.class, "isPermitted", String.class)
                .check(linli);
    }

    /**
     * REST resources and views are entry points: every bean of Linli they inject checks the caller's permission
     * itself (an application or batch service) or proves who calls (a public entry such as signing in), so no
     * request reaches data through a side door.
     */
    @Test
    void entryPointsInjectOnlyServicesThatCheckPermissions() {
        classes().that().resideInAPackage("..rest..").or().resideInAPackage("org.linli.ui..")
                .should(new ArchCondition<>("inject only application services, batch services or public entries") {
                    @Override
                    public void check(JavaClass javaClass, ConditionEvents events) {
                        Class<?> type = javaClass.reflect();
                        List<Class<?>> injected = new ArrayList<>();
                        for (Field field : type.getDeclaredFields()) {
                            if (field.isAnnotationPresent(Inject.class)) {
                                injected.add(field.getType());
                            }
                        }
                        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                            if (constructor.isAnnotationPresent(Inject.class)) {
                                injected.addAll(List.of(constructor.getParameterTypes()));
                            }
                        }
                        for (Class<?> bean : injected) {
                            if (bean.getName().matches("org\\.linli\\.(platform|tenants|billing)\\..*")
                                    && !bean.isAnnotationPresent(ApplicationService.class)
                                    && !bean.isAnnotationPresent(BatchService.class)
                                    && !bean.isAnnotationPresent(PublicEntry.class)) {
                                events.add(SimpleConditionEvent.violated(javaClass, type.getName() + " injects "
                                        + bean.getName() + ", which checks no permission"));
                            }
                        }
                    }
                }).check(linli);
    }

    /** A list resource answers a page, or says why its list stays short ({@code @BoundedList}). */
    @Test
    void everyListResourceIsPagedOrBoundedByConstruction() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("..rest..")
                .and().areAnnotatedWith(GET.class)
                .and().haveRawReturnType(List.class)
                .should().beAnnotatedWith(BoundedList.class)
                .check(linli);
    }

    @Test
    void restResourcesLiveInRestPackages() {
        classes().that().areAnnotatedWith(Path.class).should().resideInAPackage("..rest..").check(linli);
    }

    @Test
    void namesComeFromTheDomain() {
        noClasses().should().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Helper")
                .check(linli);
    }

    /**
     * Tables that name a tenant without being owned by one, because they are read before a tenant is known: the
     * audit trail, the sign-in directory, household invite codes.
     */
    private static final Set<Class<?>> PLATFORM_TABLES_WITH_TENANT = Set.of(AuditRecord.class, LoginName.class,
            HouseholdInvite.class);

    @Test
    void everyEntityWithATenantColumnIsTenantOwned() {
        classes().that().areAnnotatedWith(Entity.class).should(new ArchCondition<>("be tenant-owned when they"
                + " map tenant_id") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Class<?> type = javaClass.reflect();
                if (TenantOwned.class.isAssignableFrom(type) || PLATFORM_TABLES_WITH_TENANT.contains(type)) {
                    return;
                }
                for (Field field : type.getDeclaredFields()) {
                    Column column = field.getAnnotation(Column.class);
                    if (column != null && column.name().equalsIgnoreCase("tenant_id")) {
                        events.add(SimpleConditionEvent.violated(javaClass, type.getName()
                                + " maps tenant_id but does not extend TenantOwned"));
                    }
                }
            }
        }).check(linli);
    }

    /** The grid structure itself — which buildings and which workers a grid has — holds no one's data. */
    private static final Set<Class<?>> GRID_STRUCTURE = Set.of(Building.class,
            GridAssignment.class);

    @Test
    void everyEntityThatKeepsAGridIsNarrowedToTheGridWorkersGrids() {
        classes().that().areAnnotatedWith(Entity.class).should(new ArchCondition<>("be grid-scoped when they"
                + " map grid_id") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Class<?> type = javaClass.reflect();
                if (GRID_STRUCTURE.contains(type)) {
                    return;
                }
                boolean mapsGrid = Arrays.stream(type.getDeclaredFields())
                        .map(field -> field.getAnnotation(Column.class))
                        .anyMatch(column -> column != null && column.name().equalsIgnoreCase("grid_id"));
                AdditionalCriteria criteria = type.getAnnotation(AdditionalCriteria.class);
                if (mapsGrid && (criteria == null || !criteria.value().equals(GridScope.CRITERIA))) {
                    events.add(SimpleConditionEvent.violated(javaClass, type.getName()
                            + " maps grid_id but is not narrowed by GridScope.CRITERIA"));
                }
            }
        }).check(linli);
    }

    private static final Pattern FEATURE = Pattern.compile("(org\\.linli\\.[a-z]+\\.[a-z]+)\\.internal(\\..*)?");

    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirFeature() {
        return new ArchCondition<>("be used only inside their feature") {
            @Override
            public void check(JavaClass internal, ConditionEvents events) {
                Matcher matcher = FEATURE.matcher(internal.getPackageName());
                if (!matcher.matches()) {
                    events.add(SimpleConditionEvent.violated(internal, internal.getName() + " is not in a feature"));
                    return;
                }
                String feature = matcher.group(1);
                for (Dependency dependency : internal.getDirectDependenciesToSelf()) {
                    String origin = dependency.getOriginClass().getPackageName();
                    if (!origin.equals(feature) && !origin.startsWith(feature + ".")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /**
     * Names under which a parameter means a typed id other than the one its own name suggests. A bare
     * {@code accountId} is not among them: platform accounts (supervisors, operators) have no typed id.
     */
    private static final Map<String, String> ID_ALIASES = Map.of("userAccount", "User", "booking", "AdBooking");

    /** The typed ids of Linli: records of one {@code long value} named {@code <X>Id}, as {@code <X>}. */
    private static Set<String> typedIdNames() {
        Set<String> names = new TreeSet<>();
        for (JavaClass javaClass : linli) {
            Class<?> type = javaClass.reflect();
            RecordComponent[] components = type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
            if (type.getSimpleName().endsWith("Id") && components.length == 1
                    && components[0].getName().equals("value") && components[0].getType() == long.class) {
                names.add(type.getSimpleName().substring(0, type.getSimpleName().length() - 2));
            }
        }
        return names;
    }

    private static ArchCondition<JavaMethod> takeNoRawLongFor(Set<String> typedIds) {
        return new ArchCondition<>("take a typed id instead of a long named after one") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (!method.getModifiers().contains(JavaModifier.PUBLIC)
                        || method.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    return;
                }
                for (Parameter parameter : method.reflect().getParameters()) {
                    if (!parameter.isNamePresent()) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                + " was compiled without parameter names"));
                        return;
                    }
                    if (parameter.getType() != long.class && parameter.getType() != Long.class) {
                        continue;
                    }
                    String name = parameter.getName();
                    String base = name.endsWith("Id") ? name.substring(0, name.length() - 2) : name;
                    String typed = ID_ALIASES.getOrDefault(base,
                            base.isEmpty() ? base : Character.toUpperCase(base.charAt(0)) + base.substring(1));
                    if (typedIds.contains(typed)) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " takes "
                                + parameter.getType().getSimpleName() + " " + name + " where " + typed
                                + "Id exists"));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaMethod> declarePermissionAndAudit() {
        return new ArchCondition<>("declare @RequiresPermission or @PermitAll, and @Audited or @Query") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (method.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    return;
                }
                boolean permission = method.isAnnotatedWith(RequiresPermission.class)
                        || method.isAnnotatedWith(PermitAll.class)
                        || method.getOwner().isAnnotatedWith(RequiresPermission.class);
                boolean kind = method.isAnnotatedWith(Audited.class) || method.isAnnotatedWith(Query.class);
                if (!permission || !kind) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName()
                            + (permission ? "" : " declares no permission")
                            + (kind ? "" : " is neither @Audited nor @Query")));
                }
            }
        };
    }
}
