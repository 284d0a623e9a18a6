using KubeSharp.Api;
using KubeSharp.Api.Apps.V1;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Machinery.Defaults;
using KubeSharp.Machinery.Validation;
using KubeSharp.Machinery.Validation.Apps;

namespace KubeSharp.Machinery.Tests.Validation.Apps;

/// <summary>apps/v1 validation: each case edits a valid, defaulted object and expects upstream's exact message.</summary>
public class AppsValidationTests
{
    private const string PercentMessage = "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";

    internal static PodTemplateSpec Template(string app = "web") => new()
    {
        Metadata = new ObjectMeta { Labels = new() { ["app"] = app } },
        Spec = new PodSpec { Containers = [new Container { Name = "app", Image = "nginx:1.27" }] },
    };

    internal static Deployment NewDeployment(Action<Deployment>? edit = null)
    {
        var deployment = new Deployment
        {
            Metadata = new ObjectMeta { Name = "web", Namespace = "default" },
            Spec = new DeploymentSpec { Selector = new LabelSelector { MatchLabels = new() { ["app"] = "web" } }, Template = Template() },
        };
        edit?.Invoke(deployment);
        AppsDefaults.SetDefaultsDeployment(deployment);
        return deployment;
    }

    public static TheoryData<string, string> DeploymentCases => new()
    {
        { "name", "metadata.name: Invalid value: \"Web\": " + Formats.IsDNS1123Subdomain("Web")[0] },
        { "replicas", "spec.replicas: Invalid value: -1: must be greater than or equal to 0" },
        { "no-selector", "spec.selector: Required value" },
        { "empty-selector", "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment" },
        { "selector-mismatch", "spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"api\"}: `selector` does not match template `labels`" },
        { "selector-bad-value", "spec.selector.matchLabels: Invalid value: \"a b\": " + Formats.IsValidLabelValue("a b")[0] },
        { "restart-never", "spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\"" },
        { "active-deadline", "spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported" },
        { "no-image", "spec.template.spec.containers[0].image: Required value" },
        { "recreate-with-rolling", "spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'" },
        { "bad-percent", "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"25\"}: " + PercentMessage },
        { "negative-surge", "spec.strategy.rollingUpdate.maxSurge: Invalid value: -1: must be greater than or equal to 0" },
        { "both-zero", "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}: may not be 0 when `maxSurge` is 0" },
        { "over-100", "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"150%\"}: must not be greater than 100%" },
        { "min-ready", "spec.minReadySeconds: Invalid value: -5: must be greater than or equal to 0" },
        { "history", "spec.revisionHistoryLimit: Invalid value: -1: must be greater than or equal to 0" },
        { "deadline", "spec.progressDeadlineSeconds: Invalid value: 10: must be greater than minReadySeconds" },
    };

    private static readonly Dictionary<string, Action<Deployment>> DeploymentEdits = new()
    {
        ["name"] = d => d.Metadata.Name = "Web",
        ["replicas"] = d => d.Spec.Replicas = -1,
        ["no-selector"] = d => d.Spec.Selector = null,
        ["empty-selector"] = d => d.Spec.Selector = new LabelSelector { MatchLabels = [] },
        ["selector-mismatch"] = d => d.Spec.Template.Metadata.Labels = new() { ["app"] = "api" },
        ["selector-bad-value"] = d => d.Spec.Selector!.MatchLabels!["app"] = "a b",
        ["restart-never"] = d => d.Spec.Template.Spec.RestartPolicy = RestartPolicy.Never,
        ["active-deadline"] = d => d.Spec.Template.Spec.ActiveDeadlineSeconds = 30,
        ["no-image"] = d => d.Spec.Template.Spec.Containers[0].Image = "",
        ["recreate-with-rolling"] = d => d.Spec.Strategy = new DeploymentStrategy { Type = DeploymentStrategyType.Recreate, RollingUpdate = new RollingUpdateDeployment() },
        ["bad-percent"] = d => d.Spec.Strategy = new DeploymentStrategy { RollingUpdate = new RollingUpdateDeployment { MaxUnavailable = new IntOrString("25") } },
        ["negative-surge"] = d => d.Spec.Strategy = new DeploymentStrategy { RollingUpdate = new RollingUpdateDeployment { MaxSurge = new IntOrString(-1) } },
        ["both-zero"] = d => d.Spec.Strategy = new DeploymentStrategy { RollingUpdate = new RollingUpdateDeployment { MaxSurge = new IntOrString(0), MaxUnavailable = new IntOrString(0) } },
        ["over-100"] = d => d.Spec.Strategy = new DeploymentStrategy { RollingUpdate = new RollingUpdateDeployment { MaxUnavailable = new IntOrString("150%") } },
        ["min-ready"] = d => d.Spec.MinReadySeconds = -5,
        ["history"] = d => d.Spec.RevisionHistoryLimit = -1,
        ["deadline"] = d => (d.Spec.MinReadySeconds, d.Spec.ProgressDeadlineSeconds) = (10, 10),
    };

    [Fact]
    public void ValidateDeployment_DefaultedDeployment_HasNoErrors()
    {
        Assert.Empty(AppsValidation.ValidateDeployment(NewDeployment()));
    }

    [Theory]
    [MemberData(nameof(DeploymentCases))]
    public void ValidateDeployment_InvalidField_ReportsUpstreamMessage(string name, string expected)
    {
        var errors = AppsValidation.ValidateDeployment(NewDeployment(DeploymentEdits[name])).Select(e => e.ToString()).ToList();

        Assert.Contains(expected, errors);
    }

    [Fact]
    public void ValidateDeploymentUpdate_ChangedSelector_IsImmutable()
    {
        var old = NewDeployment(d => d.Metadata.ResourceVersion = "1");
        var updated = NewDeployment(d =>
        {
            d.Metadata.ResourceVersion = "1";
            d.Spec.Selector = new LabelSelector { MatchLabels = new() { ["app"] = "web", ["tier"] = "front" } };
            d.Spec.Template.Metadata.Labels!["tier"] = "front";
        });

        var errors = AppsValidation.ValidateDeploymentUpdate(updated, old).Select(e => e.ToString()).ToList();

        Assert.Equal(["spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"web\", \"tier\":\"front\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable"], errors);
    }

    [Fact]
    public void ValidateDeploymentUpdate_ImageAndReplicas_AreAllowed()
    {
        var old = NewDeployment(d => d.Metadata.ResourceVersion = "1");
        var updated = NewDeployment(d =>
        {
            d.Metadata.ResourceVersion = "1";
            d.Spec.Replicas = 5;
            d.Spec.Template.Spec.Containers[0].Image = "nginx:1.28";
        });

        Assert.Empty(AppsValidation.ValidateDeploymentUpdate(updated, old));
    }

    [Fact]
    public void ValidateReplicaSet_EmptySelector_UsesUpstreamWording()
    {
        var replicaSet = new ReplicaSet
        {
            Metadata = new ObjectMeta { Name = "web-1", Namespace = "default" },
            Spec = new ReplicaSetSpec { Selector = new LabelSelector(), Template = Template() },
        };
        AppsDefaults.SetDefaultsReplicaSet(replicaSet);

        var errors = AppsValidation.ValidateReplicaSet(replicaSet).Select(e => e.ToString()).ToList();

        Assert.Equal(["spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment"], errors);
    }
}
