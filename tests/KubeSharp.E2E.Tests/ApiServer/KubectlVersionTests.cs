using KubeSharp.Testing.Cluster;

namespace KubeSharp.E2E.Tests.ApiServer;

/// <summary>Issue 12's matrix: every installed kubectl minor version against one server.</summary>
[Collection(ClusterCollection.Name)]
public sealed class KubectlVersionTests(ClusterFixture fixture)
{
    public static TheoryDataRows Versions => Kubectl.AllVersions();

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Version_EveryClient_SeesV133Server(string version)
    {
        var result = await fixture.Cluster.KubectlAsync(version, ["version", "-o", "json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = System.Text.Json.JsonDocument.Parse(result.StandardOutput);
        Assert.StartsWith($"v{version}.", document.RootElement.GetProperty("clientVersion").GetProperty("gitVersion").GetString());
        Assert.StartsWith("v1.33.", document.RootElement.GetProperty("serverVersion").GetProperty("gitVersion").GetString());
    }

    [Fact]
    public async Task Version_Dispatcher_PicksV133Client()
    {
        var output = await fixture.Cluster.KubectlOkAsync("version");

        Assert.Contains("Client Version: v1.33.", output);
    }
}
