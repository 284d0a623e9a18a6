using KubeSharp.Api.Core.V1;
using KubeSharp.Api.OpenApi;

namespace KubeSharp.Api.Tests.OpenApi;

public sealed class XmlDocumentationTests
{
    [Fact]
    public void Parse_SummaryWithMarkup_FlattensToText()
    {
        const string Xml = """
            <doc><members>
              <member name="T:KubeSharp.Api.Core.V1.Pod"><summary>
                A pod: <c>containers</c> on one
                node, see <see cref="T:KubeSharp.Api.Core.V1.PodSpec"/>.
              </summary></member>
            </members></doc>
            """;

        var documentation = XmlDocumentation.Parse(Xml);

        Assert.Equal("A pod: containers on one node, see PodSpec.", documentation.Of(typeof(Pod)));
        Assert.Null(documentation.Of(typeof(PodSpec)));
    }

    [Fact]
    public void For_ApiAssembly_FindsItsDocumentationFile()
    {
        var documentation = XmlDocumentation.For(typeof(KubeModel).Assembly);

        Assert.NotNull(documentation.Of(typeof(KubeModel)));
    }
}
