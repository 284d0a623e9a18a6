using System.Text.Json.Nodes;
using KubeSharp.Api.Scheme;
using KubeSharp.ApiServer.Admission;
using KubeSharp.ApiServer.Admission.Plugins.DefaultTolerationSeconds;

namespace KubeSharp.ApiServer.Tests.Admission.Plugins;

/// <summary>Upstream's DefaultTolerationSeconds: not-ready and unreachable NoExecute tolerations for 300 s unless already tolerated.</summary>
public sealed class DefaultTolerationSecondsTests
{
    private const string NotReady = """{"key":"node.kubernetes.io/not-ready","operator":"Exists","effect":"NoExecute","tolerationSeconds":300}""";
    private const string Unreachable = """{"key":"node.kubernetes.io/unreachable","operator":"Exists","effect":"NoExecute","tolerationSeconds":300}""";

    public static TheoryData<string, string> Cases => new()
    {
        { "null", "[" + NotReady + "," + Unreachable + "]" },
        { """[{"key":"a","operator":"Exists"}]""", """[{"key":"a","operator":"Exists"},""" + NotReady + "," + Unreachable + "]" },
        { """[{"key":"node.kubernetes.io/not-ready","operator":"Exists","effect":"NoExecute","tolerationSeconds":60}]""", """[{"key":"node.kubernetes.io/not-ready","operator":"Exists","effect":"NoExecute","tolerationSeconds":60},""" + Unreachable + "]" },
        { """[{"key":"node.kubernetes.io/unreachable","operator":"Exists"}]""", """[{"key":"node.kubernetes.io/unreachable","operator":"Exists"},""" + NotReady + "]" },
        { """[{"operator":"Exists"}]""", """[{"operator":"Exists"}]""" },
        { """[{"key":"node.kubernetes.io/not-ready","operator":"Exists","effect":"NoSchedule"}]""", """[{"key":"node.kubernetes.io/not-ready","operator":"Exists","effect":"NoSchedule"},""" + NotReady + "," + Unreachable + "]" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Admit_PodCreate_AddsMissingTolerations(string tolerations, string expected)
    {
        var pod = JsonNode.Parse("""{"metadata":{"name":"p"},"spec":{"containers":[{"name":"c","image":"i"}],"tolerations":TOLERATIONS}}""".Replace("TOLERATIONS", tolerations, StringComparison.Ordinal))!.AsObject();
        if (tolerations == "null")
        {
            pod["spec"]!.AsObject().Remove("tolerations");
        }

        await new DefaultTolerationSeconds().AdmitAsync(Attributes("pods", "", pod), CancellationToken.None);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), pod["spec"]!["tolerations"]), pod["spec"]!["tolerations"]!.ToJsonString());
    }

    [Theory]
    [InlineData("pods", "status")]
    [InlineData("configmaps", "")]
    public async Task Admit_NotAPodWrite_LeavesObject(string resource, string subresource)
    {
        var obj = JsonNode.Parse("""{"metadata":{"name":"p"},"spec":{}}""")!.AsObject();

        await new DefaultTolerationSeconds().AdmitAsync(Attributes(resource, subresource, obj), CancellationToken.None);

        Assert.Null(obj["spec"]!["tolerations"]);
    }

    private static AdmissionAttributes Attributes(string resource, string subresource, JsonObject obj) =>
        new(AdmissionOperation.Create, KubeScheme.Default.FindByGroupResource("", resource)[0], subresource, "default", "p", obj, null, false);
}
