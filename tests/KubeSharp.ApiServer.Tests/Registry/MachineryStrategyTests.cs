using System.Text.Json.Nodes;
using KubeSharp.Api.Scheme;
using KubeSharp.ApiServer.Registry;

namespace KubeSharp.ApiServer.Tests.Registry;

/// <summary>Built-in kinds get the machinery's defaults and validation, with upstream's messages.</summary>
public sealed class MachineryStrategyTests
{
    private const string Template = """{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"name":"c","image":"busybox"}]}}""";

    private static IRestStrategy StrategyFor(string group, string resource)
    {
        var mapping = KubeScheme.Default.FindByGroupResource(group, resource)[0];
        return RestStrategies.For(mapping);
    }

    private static JsonObject Object(string json, string name = "x") => JsonNode.Parse(json.Replace("NAME", name, StringComparison.Ordinal))!.AsObject();

    private static string Messages(IEnumerable<KubeSharp.Machinery.Validation.FieldError> errors) => string.Join("; ", errors.Select(e => e.ToString()));

    private static string Create(string group, string resource, string json)
    {
        var strategy = StrategyFor(group, resource);
        var obj = Object(json);
        strategy.PrepareForCreate(obj);
        return Messages(strategy.Validate(obj));
    }

    public static TheoryData<string, string, string, string> InvalidObjects => new()
    {
        { "apps", "deployments", """{"metadata":{"name":"d","namespace":"ns"},"spec":{"template":TEMPLATE}}""", "spec.selector: Required value" },
        { "apps", "deployments", """{"metadata":{"name":"d","namespace":"ns"},"spec":{"selector":{"matchLabels":{"app":"other"}},"template":TEMPLATE}}""", "spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\"}: `selector` does not match template `labels`" },
        { "apps", "replicasets", """{"metadata":{"name":"r","namespace":"ns"},"spec":{"replicas":-1,"selector":{"matchLabels":{"app":"web"}},"template":TEMPLATE}}""", "spec.replicas: Invalid value: -1: must be greater than or equal to 0" },
        { "apps", "statefulsets", """{"metadata":{"name":"a.b","namespace":"ns"},"spec":{"selector":{"matchLabels":{"app":"web"}},"template":TEMPLATE}}""", "metadata.name: Invalid value: \"a.b\": must not contain dots" },
        { "apps", "daemonsets", """{"metadata":{"name":"d","namespace":"ns"},"spec":{"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},"spec":{"restartPolicy":"Never","containers":[{"name":"c","image":"busybox"}]}}}}""", "spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\"" },
        { "batch", "cronjobs", """{"metadata":{"name":"c","namespace":"ns"},"spec":{"schedule":"","jobTemplate":{"spec":{"template":{"spec":{"restartPolicy":"OnFailure","containers":[{"name":"c","image":"busybox"}]}}}}}}""", "spec.schedule: Required value" },
        { "", "services", """{"metadata":{"name":"s","namespace":"ns"},"spec":{"selector":{"app":"web"}}}""", "spec.ports: Required value" },
        { "", "services", """{"metadata":{"name":"s.1","namespace":"ns"},"spec":{"ports":[{"port":80}]}}""", "metadata.name: Invalid value: \"s.1\": a DNS-1035 label must consist of lower case alphanumeric characters or '-'" },
        { "", "configmaps", """{"metadata":{"name":"c","namespace":"ns"},"data":{"a b":"v"}}""", "data[a b]: Invalid value: \"a b\": a valid config key must consist of alphanumeric characters, '-', '_' or '.'" },
        { "policy", "poddisruptionbudgets", """{"metadata":{"name":"p","namespace":"ns"},"spec":{"minAvailable":1,"maxUnavailable":1}}""", "minAvailable and maxUnavailable cannot be both set" },
        { "scheduling.k8s.io", "priorityclasses", """{"metadata":{"name":"system-mine"},"value":10}""", "metadata.name: Forbidden: priority class names with 'system-' prefix are reserved for system use only. error: " },
        { "rbac.authorization.k8s.io", "rolebindings", """{"metadata":{"name":"b","namespace":"ns"},"roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"Role","name":""}}""", "roleRef.name: Required value" },
    };

    [Theory]
    [MemberData(nameof(InvalidObjects))]
    public void Validate_InvalidObject_UpstreamMessage(string group, string resource, string json, string expected)
    {
        var messages = Create(group, resource, json.Replace("TEMPLATE", Template, StringComparison.Ordinal));

        Assert.Contains(expected, messages);
    }

    [Theory]
    [InlineData("apps", "deployments", """{"metadata":{"name":"d","namespace":"ns"},"spec":{"selector":{"matchLabels":{"app":"web"}},"template":TEMPLATE}}""")]
    [InlineData("", "services", """{"metadata":{"name":"s","namespace":"ns"},"spec":{"ports":[{"port":80}]}}""")]
    [InlineData("rbac.authorization.k8s.io", "clusterroles", """{"metadata":{"name":"system:controller:x"},"rules":[{"apiGroups":[""],"resources":["pods"],"verbs":["get"]}]}""")]
    [InlineData("coordination.k8s.io", "leases", """{"metadata":{"name":"l","namespace":"ns"},"spec":{"holderIdentity":"a","leaseDurationSeconds":15}}""")]
    public void Validate_ValidObject_NoErrors(string group, string resource, string json)
    {
        Assert.Equal("", Create(group, resource, json.Replace("TEMPLATE", Template, StringComparison.Ordinal)));
        var strategy = StrategyFor(group, resource);
        Assert.Empty(strategy.ValidateName(Object(json.Replace("TEMPLATE", Template, StringComparison.Ordinal))["metadata"]!["name"]!.GetValue<string>(), prefix: false));
    }

    [Fact]
    public void PrepareForCreate_Deployment_DefaultsAndDropsStatus()
    {
        var strategy = StrategyFor("apps", "deployments");
        var deployment = Object("""{"metadata":{"name":"d","namespace":"ns"},"spec":{"selector":{"matchLabels":{"app":"web"}},"template":TEMPLATE},"status":{"replicas":4}}""".Replace("TEMPLATE", Template, StringComparison.Ordinal));

        strategy.PrepareForCreate(deployment);

        var spec = deployment["spec"]!;
        Assert.Equal(1, (int?)spec["replicas"]);
        Assert.Equal(10, (int?)spec["revisionHistoryLimit"]);
        Assert.Equal(600, (int?)spec["progressDeadlineSeconds"]);
        Assert.Equal("RollingUpdate", (string?)spec["strategy"]!["type"]);
        Assert.Equal("25%", (string?)spec["strategy"]!["rollingUpdate"]!["maxSurge"]);
        Assert.Equal("Always", (string?)spec["template"]!["spec"]!["restartPolicy"]);
        Assert.Null(deployment["status"]?["replicas"]);
        Assert.Equal(1, (long?)deployment["metadata"]!["generation"]);
    }

    [Theory]
    [InlineData("apps", "deployments", true)]
    [InlineData("apps", "replicasets", false)]
    public void PrepareForUpdate_AnnotationChanged_GenerationBumpsOnlyForDeployments(string group, string resource, bool bumps)
    {
        var strategy = StrategyFor(group, resource);
        var old = Object("""{"metadata":{"name":"d","namespace":"ns","generation":3},"spec":{"replicas":1,"selector":{"matchLabels":{"app":"web"}},"template":TEMPLATE}}""".Replace("TEMPLATE", Template, StringComparison.Ordinal));
        strategy.PrepareForUpdate(old, old.DeepClone().AsObject());
        var updated = old.DeepClone().AsObject();
        updated["metadata"]!["annotations"] = new JsonObject { ["a"] = "b" };

        strategy.PrepareForUpdate(updated, old);

        Assert.Equal(bumps ? 4 : 3, (long?)updated["metadata"]!["generation"]);
    }

    [Fact]
    public void ValidateUpdate_DeploymentSelectorChanged_IsImmutable()
    {
        var strategy = StrategyFor("apps", "deployments");
        var old = Object("""{"metadata":{"name":"d","namespace":"ns","resourceVersion":"5"},"spec":{"selector":{"matchLabels":{"app":"web"}},"template":TEMPLATE}}""".Replace("TEMPLATE", Template, StringComparison.Ordinal));
        strategy.PrepareForCreate(old);
        var updated = old.DeepClone().AsObject();
        updated["spec"]!["selector"]!["matchLabels"]!["tier"] = "x";
        updated["spec"]!["template"]!["metadata"]!["labels"]!["tier"] = "x";

        strategy.PrepareForUpdate(updated, old);

        Assert.Contains("spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"web\", \"tier\":\"x\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable", Messages(strategy.ValidateUpdate(updated, old)));
    }
}
