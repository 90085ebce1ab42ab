package org.thirdspace.groups.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.thirdspace.groups.GroupDraft;
import org.thirdspace.groups.GroupKind;
import org.thirdspace.groups.GroupVisibility;
import org.thirdspace.groups.JoinPolicy;
import org.thirdspace.groups.ModelLevel;
import org.thirdspace.groups.Stage;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A group: partnership, network, project or community of practice, owned by institutions. */
@Entity
@Table(name = "community_group")
public class Group {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "parent_id")
    private Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private GroupKind kind;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(name = "purpose_markdown", length = 4000)
    private String purposeMarkdown;

    @Column(name = "norms_markdown", length = 4000)
    private String normsMarkdown;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private GroupVisibility visibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "join_policy", nullable = false, length = 15)
    private JoinPolicy joinPolicy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private Stage stage = Stage.FORMING;

    @Column(name = "stage_changed_on", nullable = false)
    private LocalDate stageChangedOn;

    @Column(name = "closure_reason", length = 1000)
    private String closureReason;

    @Column(name = "model_level")
    private Integer modelLevel;

    @ElementCollection
    @CollectionTable(name = "group_institution", joinColumns = @JoinColumn(name = "group_id"))
    private Set<GroupOwner> owners = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "group_term", joinColumns = @JoinColumn(name = "group_id"))
    private Set<GroupTerm> terms = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by_person_id")
    private Long createdByPersonId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "review_reminded_at")
    private Instant reviewRemindedAt;

    @Version
    private long version;

    protected Group() {
    }

    public static Group create(GroupDraft draft, Long createdBy, Instant now, LocalDate today) {
        var group = new Group();
        group.createdAt = now;
        group.createdByPersonId = createdBy;
        group.stageChangedOn = today;
        group.apply(draft, now);
        return group;
    }

    /** Takes over everything a draft says (not stage; model level only when the draft has one). */
    public void apply(GroupDraft draft, Instant now) {
        kind = draft.kind();
        name = draft.name().strip();
        purposeMarkdown = blankToNull(draft.purpose());
        normsMarkdown = blankToNull(draft.norms());
        visibility = draft.visibility();
        joinPolicy = draft.joinPolicy();
        parentId = draft.parentId();
        if (draft.modelLevel() != null) {
            modelLevel = draft.modelLevel().level();
        }
        var newOwners = new LinkedHashSet<GroupOwner>();
        List<Long> ids = draft.institutionIds();
        for (int i = 0; i < ids.size(); i++) {
            newOwners.add(new GroupOwner(ids.get(i), i));
        }
        if (!newOwners.equals(owners)) {
            owners.clear();
            owners.addAll(newOwners);
        }
        var newTerms = new LinkedHashSet<GroupTerm>();
        draft.activities().forEach(c -> newTerms.add(new GroupTerm(GroupTerm.ACTIVITY, c)));
        draft.phases().forEach(c -> newTerms.add(new GroupTerm(GroupTerm.PHASE, c)));
        draft.regions().forEach(c -> newTerms.add(new GroupTerm(GroupTerm.REGION, c)));
        if (!newTerms.equals(terms)) {
            terms.clear();
            terms.addAll(newTerms);
        }
        updatedAt = now;
    }

    /** Moves to a stage; the reason is kept for CLOSED only. Returns false when nothing changed. */
    public boolean changeStage(Stage newStage, String reason, LocalDate on) {
        String newReason = newStage == Stage.CLOSED ? blankToNull(reason) : null;
        if (newStage == stage && java.util.Objects.equals(newReason, closureReason)) {
            return false;
        }
        if (newStage != stage) {
            stageChangedOn = on;
        }
        stage = newStage;
        closureReason = newReason;
        return true;
    }

    /** Returns false when nothing changed. */
    public boolean changeModelLevel(ModelLevel level) {
        Integer value = level == null ? null : level.level();
        if (java.util.Objects.equals(value, modelLevel)) {
            return false;
        }
        modelLevel = value;
        return true;
    }

    public void touch(Instant now) {
        updatedAt = now;
    }

    public void markReviewReminded(Instant at) {
        reviewRemindedAt = at;
    }

    public long id() {
        return id;
    }

    public Long parentId() {
        return parentId;
    }

    public GroupKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String purposeMarkdown() {
        return purposeMarkdown;
    }

    public String normsMarkdown() {
        return normsMarkdown;
    }

    public GroupVisibility visibility() {
        return visibility;
    }

    public JoinPolicy joinPolicy() {
        return joinPolicy;
    }

    public Stage stage() {
        return stage;
    }

    public LocalDate stageChangedOn() {
        return stageChangedOn;
    }

    public String closureReason() {
        return closureReason;
    }

    public ModelLevel modelLevel() {
        return modelLevel == null ? null : ModelLevel.of(modelLevel);
    }

    /** Owning institution ids in their order. */
    public List<Long> institutionIds() {
        return owners.stream().sorted(Comparator.comparingInt(GroupOwner::position))
                .map(GroupOwner::institutionId).toList();
    }

    public boolean ownedBy(long institutionId) {
        return owners.stream().anyMatch(o -> o.institutionId() == institutionId);
    }

    public Set<String> codes(String vocabulary) {
        return terms.stream().filter(t -> t.vocabulary().equals(vocabulary)).map(GroupTerm::code)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Long createdByPersonId() {
        return createdByPersonId;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant reviewRemindedAt() {
        return reviewRemindedAt;
    }

    public long version() {
        return version;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
