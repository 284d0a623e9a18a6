using KubeSharp.Machinery.Patch;
using KubeSharp.Machinery.Patch.Merge;

namespace KubeSharp.Machinery.Tests.Patch.Merge;

public class JsonMergePatchTests
{
    // RFC 7386 Appendix A, every example.
    [Theory]
    [InlineData("{\"a\":\"b\"}", "{\"a\":\"c\"}", "{\"a\":\"c\"}")]
    [InlineData("{\"a\":\"b\"}", "{\"b\":\"c\"}", "{\"a\":\"b\",\"b\":\"c\"}")]
    [InlineData("{\"a\":\"b\"}", "{\"a\":null}", "{}")]
    [InlineData("{\"a\":\"b\",\"b\":\"c\"}", "{\"a\":null}", "{\"b\":\"c\"}")]
    [InlineData("{\"a\":[\"b\"]}", "{\"a\":\"c\"}", "{\"a\":\"c\"}")]
    [InlineData("{\"a\":\"c\"}", "{\"a\":[\"b\"]}", "{\"a\":[\"b\"]}")]
    [InlineData("{\"a\":{\"b\":\"c\"}}", "{\"a\":{\"b\":\"d\",\"c\":null}}", "{\"a\":{\"b\":\"d\"}}")]
    [InlineData("{\"a\":[{\"b\":\"c\"}]}", "{\"a\":[1]}", "{\"a\":[1]}")]
    [InlineData("[\"a\",\"b\"]", "[\"c\",\"d\"]", "[\"c\",\"d\"]")]
    [InlineData("{\"a\":\"b\"}", "[\"c\"]", "[\"c\"]")]
    [InlineData("{\"e\":null}", "{\"a\":1}", "{\"e\":null,\"a\":1}")]
    [InlineData("[1,2]", "{\"a\":\"b\",\"c\":null}", "{\"a\":\"b\"}")]
    [InlineData("{}", "{\"a\":{\"bb\":{\"ccc\":null}}}", "{\"a\":{\"bb\":{}}}")]
    // Kubernetes-shaped cases: labels merge, finalizers replace, spec.replicas changes.
    [InlineData("{\"metadata\":{\"labels\":{\"a\":\"1\"}}}", "{\"metadata\":{\"labels\":{\"b\":\"2\"}}}", "{\"metadata\":{\"labels\":{\"a\":\"1\",\"b\":\"2\"}}}")]
    [InlineData("{\"metadata\":{\"finalizers\":[\"a\",\"b\"]}}", "{\"metadata\":{\"finalizers\":null}}", "{\"metadata\":{}}")]
    [InlineData("{\"spec\":{\"replicas\":1,\"paused\":true}}", "{\"spec\":{\"replicas\":3}}", "{\"spec\":{\"replicas\":3,\"paused\":true}}")]
    [InlineData("{\"spec\":{\"containers\":[{\"name\":\"a\",\"image\":\"x\"},{\"name\":\"b\"}]}}", "{\"spec\":{\"containers\":[{\"name\":\"a\",\"image\":\"y\"}]}}", "{\"spec\":{\"containers\":[{\"name\":\"a\",\"image\":\"y\"}]}}")]
    [InlineData("{\"a\":1}", "{}", "{\"a\":1}")]
    public void Apply_RfcExample_ProducesExpectedDocument(string document, string patch, string expected)
    {
        var result = JsonMergePatch.Apply(JsonAssert.Parse(document), JsonAssert.Parse(patch));

        JsonAssert.Equal(expected, result);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"x\"")]
    [InlineData("1")]
    public void Apply_ScalarOrNullPatch_IsBadRequest(string patch)
    {
        var error = Assert.Throws<PatchException>(() => JsonMergePatch.Apply(JsonAssert.Parse("{}"), System.Text.Encoding.UTF8.GetBytes(patch)));

        Assert.Equal("Invalid JSON Patch", error.Message);
        Assert.Equal(PatchErrorKind.BadRequest, error.Kind);
    }

    [Fact]
    public void Apply_DoesNotChangeInputs()
    {
        var document = JsonAssert.Parse("{\"a\":{\"b\":1}}");
        var patch = JsonAssert.Parse("{\"a\":{\"b\":null,\"c\":2}}");

        JsonMergePatch.Apply(document, patch);

        JsonAssert.Equal("{\"a\":{\"b\":1}}", document);
        JsonAssert.Equal("{\"a\":{\"b\":null,\"c\":2}}", patch);
    }

    [Theory]
    [InlineData("{\"a\":1,\"b\":{\"c\":1,\"d\":2}}", "{\"a\":2,\"b\":{\"c\":1}}", "{\"a\":2,\"b\":{\"d\":null}}")]
    [InlineData("{\"a\":[1]}", "{\"a\":[1,2]}", "{\"a\":[1,2]}")]
    [InlineData("{\"a\":1}", "{\"a\":1}", "{}")]
    public void CreatePatch_ThenApply_RoundTrips(string original, string modified, string expectedPatch)
    {
        var patch = JsonMergePatch.CreatePatch(JsonAssert.Parse(original).AsObject(), JsonAssert.Parse(modified).AsObject());

        JsonAssert.Equal(expectedPatch, patch);
        JsonAssert.Equal(modified, JsonMergePatch.Apply(JsonAssert.Parse(original), patch));
    }
}
