using System.Text.Json.Nodes;
using KubeSharp.Api.Batch.V1;
using KubeSharp.Api.Scheme;
using KubeSharp.ApiServer.Registry;
using KubeSharp.ApiServer.Registry.Batch.Jobs;

namespace KubeSharp.ApiServer.Tests.Registry.Batch;

/// <summary>The Job strategy: defaults, generated selector, validation and the status subresource, as upstream's job registry.</summary>
public sealed class JobStrategyTests
{
    private const string Uid = "0b6c5f8e-1c33-4b0e-9d8a-2a3f4c5d6e7f";

    private static readonly JobStrategy Strategy = (JobStrategy)RestStrategies.For(KubeScheme.Default.FindByType<Job>()!);

    private const string JobTemplate = """
        {"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"pi","namespace":"default","uid":"UID"},
         "spec":{EXTRA "template":{"metadata":{"labels":LABELS},"spec":{"restartPolicy":"Never","containers":[{"name":"c","image":"busybox"}]}}},
         "status":{"active":3}}
        """;

    private static JsonObject NewJob(string extraSpec = "", string templateLabels = """{"app":"x"}""") =>
        JsonNode.Parse(JobTemplate.Replace("UID", Uid, StringComparison.Ordinal).Replace("EXTRA", extraSpec, StringComparison.Ordinal).Replace("LABELS", templateLabels, StringComparison.Ordinal))!.AsObject();

    private static string Messages(IReadOnlyList<KubeSharp.Machinery.Validation.FieldError> errors) => string.Join("; ", errors.Select(e => e.ToString()));

    [Fact]
    public void PrepareForCreate_NoSelector_GeneratesSelectorLabelsAndDefaults()
    {
        var job = NewJob();

        Strategy.PrepareForCreate(job);

        var spec = job["spec"]!;
        Assert.Equal(Uid, (string?)spec["selector"]!["matchLabels"]!["batch.kubernetes.io/controller-uid"]);
        var labels = spec["template"]!["metadata"]!["labels"]!;
        Assert.Equal(Uid, (string?)labels["controller-uid"]);
        Assert.Equal(Uid, (string?)labels["batch.kubernetes.io/controller-uid"]);
        Assert.Equal("pi", (string?)labels["job-name"]);
        Assert.Equal("pi", (string?)labels["batch.kubernetes.io/job-name"]);
        Assert.Equal("x", (string?)labels["app"]);
        Assert.Equal(1, (int?)spec["completions"]);
        Assert.Equal(1, (int?)spec["parallelism"]);
        Assert.Equal(6, (int?)spec["backoffLimit"]);
        Assert.Equal("NonIndexed", (string?)spec["completionMode"]);
        Assert.Equal("x", (string?)job["metadata"]!["labels"]!["app"]);
        Assert.Equal(1, (long?)job["metadata"]!["generation"]);
        Assert.Equal("{}", job["status"]!.ToJsonString());
        Assert.Empty(Strategy.Validate(job));
    }

    [Fact]
    public void PrepareForCreate_ManualSelector_KeepsUserSelector()
    {
        var job = NewJob("""
            "manualSelector":true,"selector":{"matchLabels":{"app":"x"}},
            """);

        Strategy.PrepareForCreate(job);

        Assert.Equal("""{"matchLabels":{"app":"x"}}""", job["spec"]!["selector"]!.ToJsonString());
        Assert.Null(job["spec"]!["template"]!["metadata"]!["labels"]!["controller-uid"]);
        Assert.Empty(Strategy.Validate(job));
    }

    [Theory]
    [InlineData("""{"app":"x","controller-uid":"other"}""", "", "spec.template.metadata.labels[controller-uid]: Invalid value: map[string]string{\"app\":\"x\", \"batch.kubernetes.io/controller-uid\":\"" + Uid + "\", \"batch.kubernetes.io/job-name\":\"pi\", \"controller-uid\":\"other\", \"job-name\":\"pi\"}: must be '" + Uid + "'")]
    [InlineData("""{"app":"x"}""", "\"selector\":{\"matchLabels\":{\"app\":\"y\"}},", "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"y\", \"batch.kubernetes.io/controller-uid\":\"" + Uid + "\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: `selector` not auto-generated")]
    [InlineData("""{"app":"x"}""", "\"parallelism\":-1,", "spec.parallelism: Invalid value: -1: must be greater than or equal to 0")]
    public void Validate_BadJob_UpstreamMessage(string templateLabels, string extraSpec, string expected)
    {
        var job = NewJob(extraSpec, templateLabels);

        Strategy.PrepareForCreate(job);

        Assert.Contains(expected, Messages(Strategy.Validate(job)));
    }

    [Fact]
    public void ValidateUpdate_TemplateChanged_IsImmutable()
    {
        var old = NewJob();
        Strategy.PrepareForCreate(old);
        var updated = old.DeepClone().AsObject();
        updated["spec"]!["template"]!["spec"]!["containers"]![0]!["image"] = "busybox:2";

        Strategy.PrepareForUpdate(updated, old);

        Assert.Contains("spec.template: Invalid value:", Messages(Strategy.ValidateUpdate(updated, old)));
        Assert.Contains("field is immutable", Messages(Strategy.ValidateUpdate(updated, old)));
        Assert.Equal(2, (long?)updated["metadata"]!["generation"]);
    }

    [Fact]
    public void ValidateUpdate_ParallelismChanged_AllowedAndGenerationBumps()
    {
        var old = NewJob();
        Strategy.PrepareForCreate(old);
        old["metadata"]!["resourceVersion"] = "5";
        var updated = old.DeepClone().AsObject();
        updated["spec"]!["parallelism"] = 2;
        updated["status"] = JsonNode.Parse("""{"active":1}""");

        Strategy.PrepareForUpdate(updated, old);

        Assert.Equal("", Messages(Strategy.ValidateUpdate(updated, old)));
        Assert.Equal(2, (long?)updated["metadata"]!["generation"]);
        Assert.Equal("{}", updated["status"]!.ToJsonString());
    }

    [Fact]
    public void StatusUpdate_KeepsSpecAndRejectsNegativeCounters()
    {
        var old = NewJob();
        Strategy.PrepareForCreate(old);
        var updated = old.DeepClone().AsObject();
        updated["spec"]!["parallelism"] = 5;
        updated["status"] = JsonNode.Parse("""{"active":-1}""");
        var status = Strategy.Status!;

        status.PrepareForUpdate(updated, old);

        Assert.Equal(1, (int?)updated["spec"]!["parallelism"]);
        Assert.Equal(1, (long?)updated["metadata"]!["generation"]);
        Assert.Equal("status.active: Invalid value: -1: must be greater than or equal to 0", Messages(status.ValidateUpdate(updated, old)));
    }
}
