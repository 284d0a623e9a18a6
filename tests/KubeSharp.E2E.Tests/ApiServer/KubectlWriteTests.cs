using System.Text.Json;
using KubeSharp.Testing.Cluster;

namespace KubeSharp.E2E.Tests.ApiServer;

/// <summary>
/// Issue 5's write items with the real kubectl: edit, the three patch types, label and annotate, replace, diff,
/// wait, delete with cascade, and the errors users see for unknown fields, invalid names and stale updates.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class KubectlWriteTests(ClusterFixture fixture)
{
    /// <summary>See <see cref="ApplyTests"/>: kubectl cannot download OpenAPI for client-side validation yet.</summary>
    private const string NoClientValidation = "--validate=false";

    private ClusterProcess Cluster => fixture.Cluster;

    [Fact]
    public async Task Edit_ScriptedEditor_PatchesTheChange()
    {
        var ns = await Cluster.CreateNamespaceAsync("edit");
        await CreateConfigMapAsync(ns, "edited", "color: blue");

        var result = await Cluster.KubectlAsync(null, ["edit", "-n", ns, "configmap", "edited", NoClientValidation], environment: new Dictionary<string, string> { ["EDITOR"] = "sed -i s/blue/green/" });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("configmap/edited edited", result.StandardOutput.Trim());
        Assert.Equal("green", await DataAsync(ns, "edited", "color"));
    }

    [Theory]
    [InlineData("json", """[{"op":"replace","path":"/data/color","value":"red"}]""")]
    [InlineData("merge", """{"data":{"color":"red"}}""")]
    [InlineData("strategic", """{"data":{"color":"red"}}""")]
    public async Task Patch_EachType_ChangesTheField(string type, string patch)
    {
        var ns = await Cluster.CreateNamespaceAsync("patch-" + type);
        await CreateConfigMapAsync(ns, "patched", "color: blue, size: large");

        var output = await Cluster.KubectlOkAsync("patch", "-n", ns, "configmap", "patched", "--type", type, "-p", patch);

        Assert.Equal("configmap/patched patched", output.Trim());
        Assert.Equal("red", await DataAsync(ns, "patched", "color"));
        Assert.Equal("large", await DataAsync(ns, "patched", "size"));
    }

    [Fact]
    public async Task LabelAndAnnotate_ExistingKeyNeedsOverwrite()
    {
        var ns = await Cluster.CreateNamespaceAsync("label");
        await CreateConfigMapAsync(ns, "marked");
        await Cluster.KubectlOkAsync("label", "-n", ns, "configmap", "marked", "tier=web");
        await Cluster.KubectlOkAsync("annotate", "-n", ns, "configmap", "marked", "note=first");

        var label = await Cluster.KubectlAsync("label", "-n", ns, "configmap", "marked", "tier=db");
        var annotate = await Cluster.KubectlAsync("annotate", "-n", ns, "configmap", "marked", "note=second");
        Assert.Equal(1, label.ExitCode);
        Assert.Contains("'tier' already has a value (web), and --overwrite is false", label.StandardError, StringComparison.Ordinal);
        Assert.Equal(1, annotate.ExitCode);
        Assert.Contains("--overwrite is false but found the following declared annotation(s): 'note' already has a value (first)", annotate.StandardError, StringComparison.Ordinal);

        await Cluster.KubectlOkAsync("label", "-n", ns, "configmap", "marked", "tier=db", "--overwrite");
        await Cluster.KubectlOkAsync("annotate", "-n", ns, "configmap", "marked", "note=second", "--overwrite");
        await Cluster.KubectlOkAsync("label", "-n", ns, "configmap", "marked", "gone=soon");
        await Cluster.KubectlOkAsync("label", "-n", ns, "configmap", "marked", "gone-");

        using var live = JsonDocument.Parse(await Cluster.KubectlOkAsync("get", "-n", ns, "configmap", "marked", "-o", "json"));
        var metadata = live.RootElement.GetProperty("metadata");
        Assert.Equal("""{"tier":"db"}""", JsonSerializer.Serialize(metadata.GetProperty("labels")));
        Assert.Equal("second", metadata.GetProperty("annotations").GetProperty("note").GetString());
    }

    [Fact]
    public async Task Replace_ThenStaleReplace_Is409()
    {
        var ns = await Cluster.CreateNamespaceAsync("replace");
        await CreateConfigMapAsync(ns, "replaced", "color: blue");
        var original = await Cluster.KubectlOkAsync("get", "-n", ns, "configmap", "replaced", "-o", "json");

        await Cluster.KubectlOkWithInputAsync(original.Replace("\"blue\"", "\"green\"", StringComparison.Ordinal), "replace", NoClientValidation, "-f", "-");
        var stale = await Cluster.KubectlWithInputAsync(original.Replace("\"blue\"", "\"red\"", StringComparison.Ordinal), "replace", NoClientValidation, "-f", "-");

        Assert.Equal("green", await DataAsync(ns, "replaced", "color"));
        Assert.Equal(1, stale.ExitCode);
        Assert.Contains("Operation cannot be fulfilled on configmaps \"replaced\": the object has been modified; please apply your changes to the latest version and try again", stale.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_ChangedManifest_ShowsTheChangeWithoutApplyingIt()
    {
        var ns = await Cluster.CreateNamespaceAsync("diff");
        // Applied, so the live object carries the last-applied annotation a later diff compares against.
        await Cluster.KubectlOkWithInputAsync(Manifest(ns, "compared", "color: blue"), "apply", NoClientValidation, "-f", "-");

        var same = await Cluster.KubectlWithInputAsync(Manifest(ns, "compared", "color: blue"), "diff", "-f", "-");
        var changed = await Cluster.KubectlWithInputAsync(Manifest(ns, "compared", "color: green"), "diff", "-f", "-");

        Assert.True(same.ExitCode == 0, same.ToString());
        Assert.True(changed.ExitCode == 1, changed.ToString());
        Assert.Contains("-  color: blue", changed.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("+  color: green", changed.StandardOutput, StringComparison.Ordinal);
        Assert.Equal("blue", await DataAsync(ns, "compared", "color"));
    }

    [Fact]
    public async Task Wait_ForConditionAndForDelete_ReturnWhenMet()
    {
        var ns = await Cluster.CreateNamespaceAsync("wait");
        await Cluster.KubectlOkWithInputAsync(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: waited}
            spec:
              selector: {matchLabels: {app: waited}}
              template:
                metadata: {labels: {app: waited}}
                spec: {containers: [{name: c, image: busybox}]}
            """,
            "create", "-n", ns, NoClientValidation, "-f", "-");
        await using (var waitCondition = Cluster.StartKubectl("wait", "-n", ns, "deployment/waited", "--for=condition=Available", "--timeout=60s"))
        {
            await Cluster.KubectlOkAsync("patch", "-n", ns, "deployment", "waited", "--subresource=status", "--type=merge", "-p", """{"status":{"conditions":[{"type":"Available","status":"True","reason":"Test"}]}}""");

            Assert.Equal(0, await waitCondition.WaitForExitAsync());
            Assert.Contains("deployment.apps/waited condition met", waitCondition.Lines);
        }

        await using var waitDelete = Cluster.StartKubectl("wait", "-n", ns, "deployment/waited", "--for=delete", "--timeout=60s");
        await Cluster.KubectlOkAsync("delete", "-n", ns, "deployment", "waited", "--wait=false");

        Assert.Equal(0, await waitDelete.WaitForExitAsync());
    }

    [Fact]
    public async Task Delete_Cascade_BackgroundGoesOrphanAndForegroundWaitForTheCollector()
    {
        var ns = await Cluster.CreateNamespaceAsync("delete");
        foreach (var name in new[] { "background", "orphan", "foreground" })
        {
            await CreateConfigMapAsync(ns, name);
        }

        Assert.Equal("configmap \"background\" deleted", (await Cluster.KubectlOkAsync("delete", "-n", ns, "configmap", "background", "--cascade=background", "--wait")).Trim());
        await Cluster.KubectlOkAsync("delete", "-n", ns, "configmap", "orphan", "--cascade=orphan", "--wait=false");
        await Cluster.KubectlOkAsync("delete", "-n", ns, "configmap", "foreground", "--cascade=foreground", "--wait=false");

        var background = await Cluster.KubectlAsync("get", "-n", ns, "configmap", "background");
        Assert.Contains("configmaps \"background\" not found", background.StandardError, StringComparison.Ordinal);
        // Until the garbage collector removes them, orphan and foreground deletions leave the object marked for
        // deletion with upstream's finalizer.
        foreach (var (name, finalizer) in new[] { ("orphan", "orphan"), ("foreground", "foregroundDeletion") })
        {
            using var live = JsonDocument.Parse(await Cluster.KubectlOkAsync("get", "-n", ns, "configmap", name, "-o", "json"));
            var metadata = live.RootElement.GetProperty("metadata");
            Assert.True(metadata.TryGetProperty("deletionTimestamp", out _));
            Assert.Contains(finalizer, metadata.GetProperty("finalizers").EnumerateArray().Select(f => f.GetString()));
        }
    }

    [Fact]
    public async Task Create_UnknownField_StrictRejectsAndWarnWarns()
    {
        var ns = await Cluster.CreateNamespaceAsync("strict");
        // --raw sends the file as it is, so the body is JSON.
        var body = """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"strict"},"bogus":1,"data":{"a":"b"}}""";
        var path = $"/api/v1/namespaces/{ns}/configmaps?fieldValidation=";

        var strict = await Cluster.KubectlWithInputAsync(body, "create", "--raw", path + "Strict", "-f", "-");
        var warn = await Cluster.KubectlWithInputAsync(body.Replace("\"strict\"", "\"warned\"", StringComparison.Ordinal), "create", "--raw", path + "Warn", "-f", "-");

        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("strict decoding error: unknown field \"bogus\"", strict.StandardError, StringComparison.Ordinal);
        Assert.True(warn.ExitCode == 0, warn.ToString());
        Assert.Contains("Warning: unknown field \"bogus\"", warn.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_InvalidName_Is422WithUpstreamMessage()
    {
        var ns = await Cluster.CreateNamespaceAsync("invalid");

        var result = await Cluster.KubectlWithInputAsync(Manifest(ns, "Bad_Name", "a: b"), "create", NoClientValidation, "-f", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("The ConfigMap \"Bad_Name\" is invalid: metadata.name: Invalid value: \"Bad_Name\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')", result.StandardError, StringComparison.Ordinal);
    }

    private static string Manifest(string ns, string name, string data) =>
        $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n  namespace: {ns}\ndata: {{{data}}}\n";

    private Task<string> CreateConfigMapAsync(string ns, string name, string data = "k: v") =>
        Cluster.KubectlOkWithInputAsync(Manifest(ns, name, data), "create", NoClientValidation, "-f", "-");

    private async Task<string?> DataAsync(string ns, string name, string key)
    {
        using var live = JsonDocument.Parse(await Cluster.KubectlOkAsync("get", "-n", ns, "configmap", name, "-o", "json"));
        return live.RootElement.GetProperty("data").GetProperty(key).GetString();
    }
}
