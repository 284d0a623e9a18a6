using KubeSharp.Api;
using KubeSharp.Api.Apps.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Machinery.Defaults;
using KubeSharp.Machinery.Validation;
using KubeSharp.Machinery.Validation.Apps;

namespace KubeSharp.Machinery.Tests.Validation.Apps;

public class StatefulSetAndDaemonSetValidationTests
{
    private static StatefulSet NewStatefulSet(Action<StatefulSet>? edit = null)
    {
        var statefulSet = new StatefulSet
        {
            Metadata = new ObjectMeta { Name = "db", Namespace = "default", ResourceVersion = "1" },
            Spec = new StatefulSetSpec { ServiceName = "db", Selector = new LabelSelector { MatchLabels = new() { ["app"] = "web" } }, Template = AppsValidationTests.Template() },
        };
        edit?.Invoke(statefulSet);
        AppsDefaults.SetDefaultsStatefulSet(statefulSet);
        return statefulSet;
    }

    private static DaemonSet NewDaemonSet(Action<DaemonSet>? edit = null)
    {
        var daemonSet = new DaemonSet
        {
            Metadata = new ObjectMeta { Name = "agent", Namespace = "default", ResourceVersion = "1" },
            Spec = new DaemonSetSpec { Selector = new LabelSelector { MatchLabels = new() { ["app"] = "web" } }, Template = AppsValidationTests.Template() },
        };
        edit?.Invoke(daemonSet);
        AppsDefaults.SetDefaultsDaemonSet(daemonSet);
        return daemonSet;
    }

    public static TheoryData<string, string> StatefulSetCases => new()
    {
        { "name-label", "metadata.name: Invalid value: \"db.primary\": " + Formats.IsDNS1123Label("db.primary")[0] },
        { "pod-management", "spec.podManagementPolicy: Invalid value: \"Random\": must be 'OrderedReady' or 'Parallel'" },
        { "strategy", "spec.updateStrategy: Invalid value: {\"type\":\"Sometimes\"}: must be 'RollingUpdate' or 'OnDelete'" },
        { "ondelete-rolling", "spec.updateStrategy.rollingUpdate: Invalid value: {\"partition\":0}: only allowed for updateStrategy 'RollingUpdate'" },
        { "partition", "spec.updateStrategy.rollingUpdate.partition: Invalid value: -1: must be greater than or equal to 0" },
        { "max-unavailable-zero", "spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}: cannot be 0" },
        { "retention", "spec.persistentVolumeClaimRetentionPolicy.whenDeleted: Unsupported value: \"Keep\": supported values: \"Retain\", \"Delete\"" },
        { "ordinals", "spec.ordinals.start: Invalid value: -1: must be greater than or equal to 0" },
        { "empty-selector", "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for statefulset" },
        { "template-labels", "spec.template.labels: Invalid value: \"-x\": " + Formats.IsValidLabelValue("-x")[0] },
        { "restart", "spec.template.spec.restartPolicy: Unsupported value: \"OnFailure\": supported values: \"Always\"" },
        { "deadline", "spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in StatefulSet is not Supported" },
    };

    private static readonly Dictionary<string, Action<StatefulSet>> StatefulSetEdits = new()
    {
        ["name-label"] = s => s.Metadata.Name = "db.primary",
        ["pod-management"] = s => s.Spec.PodManagementPolicy = "Random",
        ["strategy"] = s => s.Spec.UpdateStrategy = new StatefulSetUpdateStrategy { Type = "Sometimes" },
        ["ondelete-rolling"] = s => s.Spec.UpdateStrategy = new StatefulSetUpdateStrategy { Type = StatefulSetUpdateStrategyType.OnDelete, RollingUpdate = new RollingUpdateStatefulSetStrategy { Partition = 0 } },
        ["partition"] = s => s.Spec.UpdateStrategy = new StatefulSetUpdateStrategy { Type = StatefulSetUpdateStrategyType.RollingUpdate, RollingUpdate = new RollingUpdateStatefulSetStrategy { Partition = -1 } },
        ["max-unavailable-zero"] = s => s.Spec.UpdateStrategy = new StatefulSetUpdateStrategy { Type = StatefulSetUpdateStrategyType.RollingUpdate, RollingUpdate = new RollingUpdateStatefulSetStrategy { MaxUnavailable = new IntOrString(0) } },
        ["retention"] = s => s.Spec.PersistentVolumeClaimRetentionPolicy = new StatefulSetPersistentVolumeClaimRetentionPolicy { WhenDeleted = "Keep" },
        ["ordinals"] = s => s.Spec.Ordinals = new StatefulSetOrdinals { Start = -1 },
        ["empty-selector"] = s => s.Spec.Selector = new LabelSelector(),
        ["template-labels"] = s => s.Spec.Template.Metadata.Labels!["tier"] = "-x",
        ["restart"] = s => s.Spec.Template.Spec.RestartPolicy = "OnFailure",
        ["deadline"] = s => s.Spec.Template.Spec.ActiveDeadlineSeconds = 5,
    };

    [Fact]
    public void ValidateStatefulSet_Defaulted_HasNoErrors()
    {
        Assert.Empty(StatefulSetValidation.ValidateStatefulSet(NewStatefulSet()));
    }

    [Theory]
    [MemberData(nameof(StatefulSetCases))]
    public void ValidateStatefulSet_InvalidField_ReportsUpstreamMessage(string name, string expected)
    {
        var errors = StatefulSetValidation.ValidateStatefulSet(NewStatefulSet(StatefulSetEdits[name])).Select(e => e.ToString()).ToList();

        Assert.Contains(expected, errors);
    }

    [Theory]
    [InlineData("replicas", false)]
    [InlineData("template", false)]
    [InlineData("minReadySeconds", false)]
    [InlineData("serviceName", true)]
    [InlineData("volumeClaimTemplates", true)]
    public void ValidateStatefulSetUpdate_ChangedField_ForbiddenUnlessMutable(string field, bool forbidden)
    {
        Action<StatefulSet> edit = field switch
        {
            "replicas" => s => s.Spec.Replicas = 7,
            "template" => s => s.Spec.Template.Spec.Containers[0].Image = "postgres:17",
            "minReadySeconds" => s => s.Spec.MinReadySeconds = 5,
            "serviceName" => s => s.Spec.ServiceName = "other",
            _ => s => s.Spec.VolumeClaimTemplates = [new() { Metadata = new ObjectMeta { Name = "data" } }],
        };

        var errors = StatefulSetValidation.ValidateStatefulSetUpdate(NewStatefulSet(edit), NewStatefulSet()).Select(e => e.ToString()).ToList();

        Assert.Equal(forbidden ? ["spec: Forbidden: " + StatefulSetValidation.SpecUpdateForbidden] : [], errors);
    }

    public static TheoryData<string, string> DaemonSetCases => new()
    {
        { "no-selector", "spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\"}: `selector` does not match template `labels`" },
        { "empty-selector", "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for daemonset" },
        { "both-set", "spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: intstr.IntOrString{Type:0, IntVal:1, StrVal:\"\"}: may not be set when maxUnavailable is non-zero" },
        { "both-zero", "spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0" },
        { "surge-over-100", "spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"101%\"}: must not be greater than 100%" },
        { "strategy", "spec.updateStrategy: Unsupported value: {\"type\":\"Manual\"}: supported values: \"RollingUpdate\", \"OnDelete\"" },
        { "restart", "spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\"" },
        { "deadline", "spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in DaemonSet is not Supported" },
        { "history", "spec.revisionHistoryLimit: Invalid value: -2: must be greater than or equal to 0" },
    };

    private static readonly Dictionary<string, Action<DaemonSet>> DaemonSetEdits = new()
    {
        ["no-selector"] = d => d.Spec.Selector = null,
        ["empty-selector"] = d => d.Spec.Selector = new LabelSelector(),
        ["both-set"] = d => d.Spec.UpdateStrategy = new DaemonSetUpdateStrategy { RollingUpdate = new RollingUpdateDaemonSet { MaxSurge = new IntOrString(1) } },
        ["both-zero"] = d => d.Spec.UpdateStrategy = new DaemonSetUpdateStrategy { RollingUpdate = new RollingUpdateDaemonSet { MaxUnavailable = new IntOrString(0) } },
        ["surge-over-100"] = d => d.Spec.UpdateStrategy = new DaemonSetUpdateStrategy { RollingUpdate = new RollingUpdateDaemonSet { MaxUnavailable = new IntOrString(0), MaxSurge = new IntOrString("101%") } },
        ["strategy"] = d => d.Spec.UpdateStrategy = new DaemonSetUpdateStrategy { Type = "Manual" },
        ["restart"] = d => d.Spec.Template.Spec.RestartPolicy = "Never",
        ["deadline"] = d => d.Spec.Template.Spec.ActiveDeadlineSeconds = 5,
        ["history"] = d => d.Spec.RevisionHistoryLimit = -2,
    };

    [Fact]
    public void ValidateDaemonSet_Defaulted_HasNoErrors()
    {
        Assert.Empty(DaemonSetValidation.ValidateDaemonSet(NewDaemonSet()));
    }

    [Theory]
    [MemberData(nameof(DaemonSetCases))]
    public void ValidateDaemonSet_InvalidField_ReportsUpstreamMessage(string name, string expected)
    {
        var errors = DaemonSetValidation.ValidateDaemonSet(NewDaemonSet(DaemonSetEdits[name])).Select(e => e.ToString()).ToList();

        Assert.Contains(expected, errors);
    }
}
