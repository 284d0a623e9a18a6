using KubeSharp.Api.ApiExtensions.V1;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Api.Tests.Serialization;

public sealed class UnknownFieldsTests
{
    private const string CrdWithUnknowns = """
        {"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition","extra":true,
         "metadata":{"name":"widgets.example.com","ownerReferences":[{"apiVersion":"v1","kind":"X","name":"o","uid":"u","uuid":"1"}]},
         "spec":{"group":"example.com","versions":[{"name":"v1","served":true,"storage":true,"schema":{"openAPIV3Schema":{
           "type":"object","properties":{"spec":{"type":"object","typo":true}},
           "additionalProperties":{"type":"string","bogus":1}}}}]}}
        """;

    [Fact]
    public void Find_DecodedObject_ListsEveryUnknownFieldWithItsPath()
    {
        var crd = KubeJson.Deserialize<CustomResourceDefinition>(CrdWithUnknowns)!;

        var paths = UnknownFields.Find(crd);

        Assert.Equal(
            [
                "extra",
                "metadata.ownerReferences[0].uuid",
                "spec.versions[0].schema.openAPIV3Schema.properties.spec.typo",
                "spec.versions[0].schema.openAPIV3Schema.additionalProperties.bogus",
            ],
            paths);
    }

    [Fact]
    public void Prune_DecodedObject_RemovesThemAndSerializesWithoutThem()
    {
        var crd = KubeJson.Deserialize<CustomResourceDefinition>(CrdWithUnknowns)!;

        var pruned = UnknownFields.Prune(crd);

        Assert.Equal(4, pruned.Count);
        Assert.Empty(UnknownFields.Find(crd));
        var json = KubeJson.Serialize(crd);
        Assert.DoesNotContain("extra", json, StringComparison.Ordinal);
        Assert.DoesNotContain("uuid", json, StringComparison.Ordinal);
        Assert.DoesNotContain("typo", json, StringComparison.Ordinal);
        Assert.DoesNotContain("bogus", json, StringComparison.Ordinal);
        Assert.Contains("\"additionalProperties\":{\"type\":\"string\"}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_NoUnknownFields_IsEmpty()
    {
        var configMap = KubeJson.Deserialize<ConfigMap>("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a","labels":{"x":"y"}},"data":{"k":"v"}}""")!;

        Assert.Empty(UnknownFields.Find(configMap));
        Assert.Empty(UnknownFields.Prune(configMap));
    }

    [Fact]
    public void Decode_UnknownFields_SurviveARoundTripUntilPruned()
    {
        const string Json = """{"metadata":{"name":"a","future":{"x":[1,2]}},"newTopLevel":"v"}""";

        var configMap = KubeJson.Deserialize<ConfigMap>(Json)!;

        Assert.Equal(["newTopLevel", "metadata.future"], UnknownFields.Find(configMap));
        Assert.Equal(Json, KubeJson.Serialize(configMap));
    }
}
