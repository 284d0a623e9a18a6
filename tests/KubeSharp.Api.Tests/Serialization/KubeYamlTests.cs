using System.Text.Json.Nodes;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Api.Tests.Serialization;

public sealed class KubeYamlTests
{
    /// <summary>Unquoted scalars typed as go-yaml v2 types them (sigs.k8s.io/yaml YAMLToJSON), quoted ones left strings.</summary>
    [Theory]
    [InlineData("v: true", """{"v":true}""")]
    [InlineData("v: True", """{"v":true}""")]
    [InlineData("v: yes", """{"v":true}""")]
    [InlineData("v: on", """{"v":true}""")]
    [InlineData("v: y", """{"v":true}""")]
    [InlineData("v: NO", """{"v":false}""")]
    [InlineData("v: off", """{"v":false}""")]
    [InlineData("v: \"yes\"", """{"v":"yes"}""")]
    [InlineData("v: 'on'", """{"v":"on"}""")]
    [InlineData("v: null", """{"v":null}""")]
    [InlineData("v: ~", """{"v":null}""")]
    [InlineData("v:", """{"v":null}""")]
    [InlineData("v: 8080", """{"v":8080}""")]
    [InlineData("v: -12", """{"v":-12}""")]
    [InlineData("v: +12", """{"v":12}""")]
    [InlineData("v: 1_000", """{"v":1000}""")]
    [InlineData("v: 0x1F", """{"v":31}""")]
    [InlineData("v: 010", """{"v":8}""")]
    [InlineData("v: 0o17", """{"v":15}""")]
    [InlineData("v: 0b101", """{"v":5}""")]
    [InlineData("v: 08", """{"v":8}""")]
    [InlineData("v: 1.5", """{"v":1.5}""")]
    [InlineData("v: .5", """{"v":0.5}""")]
    [InlineData("v: 1e3", """{"v":1000}""")]
    [InlineData("v: 18446744073709551615", """{"v":18446744073709551615}""")]
    [InlineData("v: \"8080\"", """{"v":"8080"}""")]
    [InlineData("v: !!str 8080", """{"v":"8080"}""")]
    [InlineData("v: 2024-05-01", """{"v":"2024-05-01"}""")]
    [InlineData("v: 2024-05-01T12:00:00Z", """{"v":"2024-05-01T12:00:00Z"}""")]
    [InlineData("v: 1.2.3", """{"v":"1.2.3"}""")]
    [InlineData("v: 100m", """{"v":"100m"}""")]
    [InlineData("v: 12:30", """{"v":"12:30"}""")]
    [InlineData("v: nginx:1.25", """{"v":"nginx:1.25"}""")]
    [InlineData("v: |\n  a\n  b\n", """{"v":"a\nb\n"}""")]
    [InlineData("v: >\n  a\n  b\n", """{"v":"a b\n"}""")]
    [InlineData("8080: port", """{"8080":"port"}""")]
    [InlineData("on: push", """{"true":"push"}""")]
    [InlineData("v: [1, two, {a: b}]", """{"v":[1,"two",{"a":"b"}]}""")]
    [InlineData("{}", "{}")]
    public void ToJson_Scalars_TypedAsGoYamlV2(string yaml, string json)
    {
        Assert.Equal(json, KubeYaml.ToJson(yaml));
    }

    [Fact]
    public void ToJson_AnchorsAliasesAndMerge_Expanded()
    {
        const string Yaml = """
            base: &base
              image: nginx
              pullPolicy: Always
            first:
              <<: *base
              pullPolicy: Never
            list: [*base]
            """;

        Assert.Equal(
            """{"base":{"image":"nginx","pullPolicy":"Always"},"first":{"pullPolicy":"Never","image":"nginx"},"list":[{"image":"nginx","pullPolicy":"Always"}]}""",
            KubeYaml.ToJson(Yaml));
    }

    [Fact]
    public void ReadDocuments_MultiDocumentStream_SkipsEmptyDocuments()
    {
        const string Yaml = "---\napiVersion: v1\nkind: ConfigMap\n---\n# only a comment\n---\napiVersion: v1\nkind: Secret\n...\n";

        var documents = KubeYaml.ReadDocuments(Yaml);

        Assert.Equal(["ConfigMap", "Secret"], documents.Select(document => document["kind"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("a: b: c", "yaml: line 1: ")]
    [InlineData("a:\n  - b\n c: d", "yaml: line ")]
    [InlineData("v: *missing", "yaml: line 1: ")]
    [InlineData("v: .nan", "json: unsupported value: NaN")]
    public void ToJson_Malformed_IsFormatExceptionWithGoYamlWording(string yaml, string messageStart)
    {
        var error = Assert.Throws<FormatException>(() => KubeYaml.ToJson(yaml));

        Assert.StartsWith(messageStart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJsonNode_SeveralDocuments_Throws()
    {
        Assert.Throws<FormatException>(() => KubeYaml.ToJsonNode("a: 1\n---\nb: 2\n"));
    }

    /// <summary>What kubectl -o yaml prints for the same JSON (go-yaml v2 through sigs.k8s.io/yaml JSONToYAML).</summary>
    [Theory]
    [InlineData("""{"b":1,"a":"x"}""", "a: x\nb: 1\n")]
    [InlineData("""{"s":"true"}""", "s: \"true\"\n")]
    [InlineData("""{"s":"yes"}""", "s: \"yes\"\n")]
    [InlineData("""{"s":"123"}""", "s: \"123\"\n")]
    [InlineData("""{"s":"1.5"}""", "s: \"1.5\"\n")]
    [InlineData("""{"s":""}""", "s: \"\"\n")]
    [InlineData("""{"s":"null"}""", "s: \"null\"\n")]
    [InlineData("""{"s":"~"}""", "s: \"~\"\n")]
    [InlineData("""{"s":"2024-05-01T12:00:00Z"}""", "s: \"2024-05-01T12:00:00Z\"\n")]
    [InlineData("""{"s":"12:30"}""", "s: \"12:30\"\n")]
    [InlineData("""{"s":"100m"}""", "s: 100m\n")]
    [InlineData("""{"s":"nginx:1.25"}""", "s: nginx:1.25\n")]
    [InlineData("""{"s":"a: b"}""", "s: 'a: b'\n")]
    [InlineData("""{"s":"it's"}""", "s: it's\n")]
    [InlineData("""{"s":"*star"}""", "s: '*star'\n")]
    [InlineData("""{"s":"- dash"}""", "s: '- dash'\n")]
    [InlineData("""{"s":"a #b"}""", "s: 'a #b'\n")]
    [InlineData("""{"s":" lead"}""", "s: ' lead'\n")]
    [InlineData("""{"s":"tab\there"}""", "s: \"tab\\there\"\n")]
    [InlineData("""{"s":"line1\nline2\n"}""", "s: |\n  line1\n  line2\n")]
    [InlineData("""{"s":"line1\nline2"}""", "s: |-\n  line1\n  line2\n")]
    [InlineData("""{"s":"  indented\nx\n"}""", "s: |2\n    indented\n  x\n")]
    [InlineData("""{"s":"trailing \nspace"}""", "s: \"trailing \\nspace\"\n")]
    [InlineData("""{"n":null,"t":true,"i":-7,"f":1.5,"e":1e3,"m":1000000.5}""", "e: 1000\nf: 1.5\ni: -7\nm: 1.0000005e+06\n\"n\": null\nt: true\n")]
    [InlineData("""{"o":{},"l":[]}""", "l: []\no: {}\n")]
    [InlineData("""{"spec":{"containers":[{"name":"a","ports":[{"containerPort":80}]}]}}""", "spec:\n  containers:\n  - name: a\n    ports:\n    - containerPort: 80\n")]
    [InlineData("""{"l":[["a","b"],"c"]}""", "l:\n- - a\n  - b\n- c\n")]
    [InlineData("""["a",{"b":1}]""", "- a\n- b: 1\n")]
    [InlineData("\"top\"", "top\n")]
    [InlineData("""{"item10":1,"item2":2,"Item":3,"a-b":4,"ab":5}""", "Item: 3\na-b: 4\nab: 5\nitem2: 2\nitem10: 1\n")]
    public void FromJson_Values_PrintedAsKubectlPrintsThem(string json, string yaml)
    {
        Assert.Equal(yaml, KubeYaml.FromJson(json));
    }

    [Fact]
    public void FromJson_LongPlainString_FoldedPastEightyColumns()
    {
        const string Text = "This is a very long description that goes past eighty characters for sure and continues";

        var json = new JsonObject { ["metadata"] = new JsonObject { ["annotations"] = new JsonObject { ["description"] = Text } } };

        var yaml = KubeYaml.FromJsonNode(json);

        Assert.Equal(
            "metadata:\n  annotations:\n    description: This is a very long description that goes past eighty characters\n      for sure and continues\n",
            yaml);
        Assert.Equal(Text, KubeYaml.ToJsonNode(yaml)!["metadata"]!["annotations"]!["description"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"a":"it's a long value with: a colon that certainly runs past the eightieth column of the line"}""")]
    [InlineData("""{"a":"tab\tand a long value that certainly runs past the eightieth column of the line  two spaces"}""")]
    [InlineData("""{"a":"multi\nline with trailing space \nand more"}""")]
    [InlineData("""{"weird":["-","?","#","- a","[x]","{y}","@at","`tick","%pct","!bang","&amp","|pipe",">gt","'q'","\"dq\"","a\u00a0b","é","\u0001"]}""")]
    [InlineData("""{"keys":{"true":1,"1":2,"":3,"a b":4,"a: b":5,"- x":6}}""")]
    public void FromJson_ThenToJson_ReadsBackTheSameTree(string json)
    {
        var original = JsonNode.Parse(json);

        var back = KubeYaml.ToJsonNode(KubeYaml.FromJson(json));

        Assert.True(JsonNode.DeepEquals(original, back), KubeYaml.FromJson(json));
    }

    [Fact]
    public void WriteDocuments_Several_SeparatedByMarkers()
    {
        var yaml = KubeYaml.WriteDocuments([JsonNode.Parse("""{"a":1}"""), JsonNode.Parse("""{"b":2}""")]);

        Assert.Equal("a: 1\n---\nb: 2\n", yaml);
        Assert.Equal(2, KubeYaml.ReadDocuments(yaml).Count);
    }

    [Fact]
    public void SerializeThenDeserialize_TypedConfigMap_KeepsEverything()
    {
        var configMap = new ConfigMap { ApiVersion = "v1", Kind = "ConfigMap", Data = new() { ["enabled"] = "true", ["port"] = "8080", ["script"] = "a\nb\n" } };
        configMap.Metadata.Name = "demo";
        configMap.BinaryData = new() { ["bin"] = [0, 1, 2, 255] };

        var yaml = KubeYaml.Serialize(configMap);
        var back = KubeYaml.Deserialize<ConfigMap>(yaml)!;

        Assert.Equal(KubeJson.Serialize(configMap), KubeJson.Serialize(back));
        Assert.Contains("enabled: \"true\"", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_UnquotedBooleanIntoStringMap_FailsAsUpstream()
    {
        // kubectl users meet this one: "yes" unquoted is a boolean, and ConfigMap data holds strings.
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => KubeYaml.Deserialize<ConfigMap>("data:\n  enabled: yes\n"));
    }
}
