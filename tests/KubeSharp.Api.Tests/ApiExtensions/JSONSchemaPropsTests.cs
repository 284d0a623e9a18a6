using System.Text.Json;
using KubeSharp.Api.ApiExtensions.V1;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Api.Tests.ApiExtensions;

/// <summary>The union-typed keywords of JSONSchemaProps follow upstream's apiextensions/v1 marshal.go.</summary>
public sealed class JSONSchemaPropsTests
{
    [Theory]
    [InlineData("""{"additionalProperties":true}""", true, false)]
    [InlineData("""{"additionalProperties":false}""", false, false)]
    [InlineData("""{"additionalProperties":{"type":"string"}}""", true, true)]
    [InlineData("""{"additionalProperties":{}}""", true, true)]
    public void AdditionalProperties_BoolOrSchema_DecodesAndRoundTrips(string json, bool allows, bool hasSchema)
    {
        var schema = KubeJson.Deserialize<JSONSchemaProps>(json)!;

        Assert.Equal(allows, schema.AdditionalProperties!.Allows);
        Assert.Equal(hasSchema, schema.AdditionalProperties.Schema is not null);
        Assert.Equal(json, KubeJson.Serialize(schema));
    }

    [Theory]
    [InlineData("""{"additionalProperties":"yes"}""")]
    [InlineData("""{"additionalItems":1}""")]
    [InlineData("""{"additionalItems":[]}""")]
    public void AdditionalProperties_NeitherBoolNorSchema_IsRejectedWithUpstreamMessage(string json)
    {
        var error = Assert.Throws<JsonException>(() => KubeJson.Deserialize<JSONSchemaProps>(json));

        Assert.Contains("boolean or JSON schema expected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AdditionalProperties_OnlyAllowsSetInCode_WritesTheBoolean()
    {
        var schema = new JSONSchemaProps { AdditionalProperties = new JSONSchemaPropsOrBool { Allows = false } };

        Assert.Equal("""{"additionalProperties":false}""", KubeJson.Serialize(schema));
    }

    [Theory]
    [InlineData("""{"items":{"type":"string"}}""", true, 0)]
    [InlineData("""{"items":[{"type":"string"},{"type":"integer"}]}""", false, 2)]
    public void Items_SchemaOrTuple_DecodesAndRoundTrips(string json, bool single, int tuple)
    {
        var schema = KubeJson.Deserialize<JSONSchemaProps>(json)!;

        Assert.Equal(single, schema.Items!.Schema is not null);
        Assert.Equal(tuple, schema.Items.JSONSchemas?.Count ?? 0);
        Assert.Equal(json, KubeJson.Serialize(schema));
    }

    [Fact]
    public void Items_EmptyTuple_IsWrittenAsNullAsUpstreamDoes()
    {
        // Upstream keeps an empty JSONSchemas list but marshals the (nil) single schema instead: null.
        var schema = KubeJson.Deserialize<JSONSchemaProps>("""{"items":[]}""")!;

        Assert.Equal("""{"items":null}""", KubeJson.Serialize(schema));
    }

    [Theory]
    [InlineData("""{"dependencies":{"a":["b","c"]}}""", 2, false)]
    [InlineData("""{"dependencies":{"a":{"required":["b"]}}}""", 0, true)]
    public void Dependencies_NamesOrSchema_DecodesAndRoundTrips(string json, int names, bool hasSchema)
    {
        var schema = KubeJson.Deserialize<JSONSchemaProps>(json)!;

        var dependency = schema.Dependencies!["a"];
        Assert.Equal(names, dependency.Property?.Count ?? 0);
        Assert.Equal(hasSchema, dependency.Schema is not null);
        Assert.Equal(json, KubeJson.Serialize(schema));
    }

    [Fact]
    public void KubernetesExtensions_UseTheirLiteralNames()
    {
        var schema = new JSONSchemaProps
        {
            Ref = "#/definitions/a",
            Schema = "http://json-schema.org/draft-04/schema#",
            XPreserveUnknownFields = true,
            XEmbeddedResource = true,
            XIntOrString = true,
            XListType = "map",
            XListMapKeys = ["name"],
            XMapType = "atomic",
            XValidations = [new ValidationRule { Rule = "self.a > 0" }],
        };

        Assert.Equal(
            """{"$schema":"http://json-schema.org/draft-04/schema#","$ref":"#/definitions/a","x-kubernetes-preserve-unknown-fields":true,"x-kubernetes-embedded-resource":true,"x-kubernetes-int-or-string":true,"x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map","x-kubernetes-map-type":"atomic","x-kubernetes-validations":[{"rule":"self.a \u003E 0"}]}""",
            KubeJson.Serialize(schema));
    }

    [Theory]
    [InlineData("""{"default":{"a":[1,"x",null]}}""")]
    [InlineData("""{"default":0}""")]
    [InlineData("""{"enum":["a",1,true,null,{"b":2}]}""")]
    [InlineData("""{"example":[1.5,"x"]}""")]
    public void OpaqueValues_AreKeptAsGiven(string json)
    {
        Assert.Equal(json, KubeJson.Serialize(KubeJson.Deserialize<JSONSchemaProps>(json)!));
    }

    [Fact]
    public void Default_Null_IsDroppedAsUpstreamDoes()
    {
        Assert.Equal("{}", KubeJson.Serialize(KubeJson.Deserialize<JSONSchemaProps>("""{"default":null}""")!));
    }
}
