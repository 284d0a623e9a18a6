using KubeSharp.Machinery.Fields;
using KubeSharp.Machinery.Labels;

namespace KubeSharp.Machinery.Tests.Fields;

public class FieldSelectorTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("metadata.name=foo", "metadata.name=foo")]
    [InlineData("metadata.name==foo", "metadata.name=foo")]
    [InlineData("spec.nodeName=,status.phase!=Failed", "spec.nodeName=,status.phase!=Failed")]
    [InlineData("status.phase!=Succeeded,status.phase!=Failed", "status.phase!=Failed,status.phase!=Succeeded")]
    [InlineData("a=b\\,c", "a=b\\,c")]
    [InlineData("a=b\\=c\\\\", "a=b\\=c\\\\")]
    [InlineData(",a=b,", "a=b")]
    public void Parse_ValidSelector_PrintsCanonicalForm(string input, string expected)
    {
        Assert.Equal(expected, FieldSelector.Parse(input).ToString());
    }

    [Theory]
    [InlineData("metadata.name", "invalid selector: 'metadata.name'; can't understand 'metadata.name'")]
    [InlineData("a=b,c", "invalid selector: 'a=b,c'; can't understand 'c'")]
    [InlineData("a=b=c", "invalid field selector: unescaped character in value: 61")]
    [InlineData("a=b\\x", "invalid field selector: invalid escape sequence: \\x")]
    [InlineData("a=b\\", "invalid field selector: invalid escape sequence: \\")]
    public void Parse_InvalidSelector_ThrowsWithUpstreamMessage(string input, string message)
    {
        var error = Assert.Throws<SelectorParseException>(() => FieldSelector.Parse(input));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Parse_EscapedValue_UnescapesForMatching()
    {
        var selector = FieldSelector.Parse("metadata.name=a\\,b\\=c");

        Assert.True(selector.Matches(new Dictionary<string, string> { ["metadata.name"] = "a,b=c" }));
    }

    [Theory]
    [InlineData("spec.nodeName=node-1", "node-1", true)]
    [InlineData("spec.nodeName=node-1", "node-2", false)]
    [InlineData("spec.nodeName!=node-1", "node-2", true)]
    [InlineData("spec.nodeName=", "", true)]
    [InlineData("spec.nodeName=", null, true)]
    [InlineData("spec.nodeName!=", null, false)]
    public void Matches_FieldSet_AgreesWithUpstream(string selector, string? nodeName, bool expected)
    {
        var fields = new Dictionary<string, string> { ["metadata.name"] = "p" };
        if (nodeName is not null)
        {
            fields["spec.nodeName"] = nodeName;
        }

        Assert.Equal(expected, FieldSelector.Parse(selector).Matches(fields));
    }

    [Fact]
    public void RequiresExactMatch_EqualityTerm_ReturnsValue()
    {
        var selector = FieldSelector.Parse("metadata.name=web,status.phase!=Failed");

        Assert.True(selector.RequiresExactMatch("metadata.name", out var value));
        Assert.Equal("web", value);
        Assert.False(selector.RequiresExactMatch("status.phase", out _));
    }

    [Theory]
    [InlineData("", "Pod", "spec.nodeName", "spec.nodeName")]
    [InlineData("", "Pod", "spec.host", "spec.nodeName")]
    [InlineData("", "Pod", "status.podIP", "status.podIP")]
    [InlineData("", "Event", "involvedObject.uid", "involvedObject.uid")]
    [InlineData("", "Secret", "type", "type")]
    [InlineData("", "Node", "spec.unschedulable", "spec.unschedulable")]
    [InlineData("", "Namespace", "status.phase", "status.phase")]
    [InlineData("apps", "Deployment", "metadata.namespace", "metadata.namespace")]
    [InlineData("batch", "Job", "status.successful", "status.successful")]
    public void Convert_SupportedLabel_ReturnsUpstreamLabel(string group, string kind, string label, string expected)
    {
        Assert.Equal((expected, "v"), FieldLabelConversions.Convert(group, kind, label, "v"));
    }

    [Theory]
    [InlineData("", "Pod", "spec.containers", "field label not supported: spec.containers")]
    [InlineData("", "Node", "metadata.namespace", "field label not supported: metadata.namespace")]
    [InlineData("networking.k8s.io", "Ingress", "foo.bar", "\"foo.bar\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\"")]
    public void Convert_UnsupportedLabel_ThrowsUpstreamMessage(string group, string kind, string label, string message)
    {
        var error = Assert.Throws<SelectorParseException>(() => FieldLabelConversions.Convert(group, kind, label, "v"));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void ConvertSelector_RenamesLegacyPodLabel()
    {
        var selector = FieldLabelConversions.ConvertSelector("", "Pod", FieldSelector.Parse("spec.host=n1"));

        Assert.Equal("spec.nodeName=n1", selector.ToString());
    }
}
