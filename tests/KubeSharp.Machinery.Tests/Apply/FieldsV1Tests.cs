using KubeSharp.Machinery.Apply;

namespace KubeSharp.Machinery.Tests.Apply;

public class FieldsV1Tests
{
    [Theory]
    [InlineData("""{"f:metadata":{"f:labels":{".":{},"f:app":{}}}}""")]
    [InlineData("""{"f:spec":{"f:containers":{"k:{\"name\":\"web\"}":{".":{},"f:image":{}}}}}""")]
    [InlineData("""{"f:metadata":{"f:finalizers":{".":{},"v:\"a\"":{},"v:\"b\"":{}}}}""")]
    [InlineData("""{"f:a":{},"f:b":{"f:c":{}}}""")]
    public void Parse_ThenSerialize_KeepsUpstreamOrder(string json)
    {
        var set = FieldsV1.Parse(json);

        // Upstream writes members and children in path-element order and "." last.
        var reparsed = FieldsV1.Parse(FieldsV1.Serialize(set));
        Assert.True(set.SetEquals(reparsed));
    }

    [Fact]
    public void Serialize_NodeThatIsMemberWithChildren_WritesDotLast()
    {
        var labels = new[] { PathElement.Field("metadata"), PathElement.Field("labels") };
        var set = FieldSet.Of(labels, [.. labels, PathElement.Field("app")]);

        Assert.Equal("""{"f:metadata":{"f:labels":{"f:app":{},".":{}}}}""", FieldsV1.Serialize(set));
    }

    [Fact]
    public void Serialize_ElementKinds_SortFieldsBeforeKeysBeforeValues()
    {
        var set = FieldSet.Of(
            [PathElement.ValueOf("x")],
            [PathElement.KeyOf([new("name", "a")])],
            [PathElement.Field("z")],
            [PathElement.IndexOf(1)]);

        Assert.Equal("""{"f:z":{},"k:{\"name\":\"a\"}":{},"v:\"x\"":{},"i:1":{}}""", FieldsV1.Serialize(set));
    }

    [Theory]
    [InlineData("x", "key must be 2 characters long:")]
    [InlineData("fx", "missing colon: fx")]
    public void Deserialize_MalformedKey_Throws(string key, string message)
    {
        var error = Assert.Throws<FormatException>(() => PathElement.Deserialize(key));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Deserialize_UnknownElementType_IsDropped()
    {
        var set = FieldsV1.Parse("""{"x:future":{},"f:a":{}}""");

        Assert.Equal(".a", set.ToString());
    }

    [Fact]
    public void SetOperations_FollowUpstreamSemantics()
    {
        var a = FieldSet.Of([PathElement.Field("a"), PathElement.Field("b")], [PathElement.Field("c")]);
        var b = FieldSet.Of([PathElement.Field("a")], [PathElement.Field("c")]);

        Assert.Equal(".a.b", a.Difference(b).ToString());
        Assert.Equal("", a.RecursiveDifference(b).ToString());
        Assert.Equal(".c", a.Intersection(b).ToString());
        Assert.Equal(".a\n.c\n.a.b", a.Union(b).ToString());
    }
}
