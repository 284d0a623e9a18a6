using KubeSharp.Kubelet.Kuberuntime;

namespace KubeSharp.Kubelet.Tests.Kuberuntime;

public sealed class ExpansionTests
{
    // The cases of upstream's expansion_test.go that matter, with VAR_A=A, VAR_B=B, VAR_EMPTY="".
    [Theory]
    [InlineData("$(VAR_A)", "A")]
    [InlineData("___$(VAR_B)___", "___B___")]
    [InlineData("$(VAR_A)-$(VAR_B)", "A-B")]
    [InlineData("$(VAR_EMPTY)x", "x")]
    [InlineData("$(UNDEFINED)", "$(UNDEFINED)")]
    [InlineData("$$(VAR_A)", "$(VAR_A)")]
    [InlineData("$$$(VAR_A)", "$A")]
    [InlineData("$(VAR_A", "$(VAR_A")]
    [InlineData("$VAR_A", "$VAR_A")]
    [InlineData("tail$", "tail$")]
    [InlineData("$()", "$()")]
    [InlineData("no dollars", "no dollars")]
    public void Expand_Input_UpstreamResult(string input, string expected)
    {
        var values = new Dictionary<string, string> { ["VAR_A"] = "A", ["VAR_B"] = "B", ["VAR_EMPTY"] = "" };

        Assert.Equal(expected, Expansion.Expand(input, name => values.GetValueOrDefault(name)));
    }
}
