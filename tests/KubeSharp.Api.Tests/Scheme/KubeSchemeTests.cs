using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Scheme;

namespace KubeSharp.Api.Tests.Scheme;

public sealed class KubeSchemeTests
{
    private static readonly GroupVersionKind ConfigMapKind = new("", "v1", "ConfigMap");

    [Fact]
    public void Default_ConfigMap_IsFoundByEveryKey()
    {
        var scheme = KubeScheme.Default;

        var mapping = scheme.FindByKind(ConfigMapKind);

        Assert.NotNull(mapping);
        Assert.Same(mapping, scheme.FindByResource(new GroupVersionResource("", "v1", "configmaps")));
        Assert.Same(mapping, Assert.Single(scheme.FindByShortName("cm")));
        Assert.Same(mapping, Assert.Single(scheme.FindByGroupResource("", "configmaps")));
        Assert.Same(mapping, scheme.FindByType<ConfigMap>());
        Assert.Same(mapping, scheme.FindByType<KubeList<ConfigMap>>());
        Assert.Same(mapping, scheme.FindByListKind(new GroupVersionKind("", "v1", "ConfigMapList")));
        Assert.Equal("configmap", mapping.Singular);
        Assert.Equal(ResourceScope.Namespaced, mapping.Scope);
        Assert.Equal(Verbs.Standard, mapping.Verbs);
        Assert.Contains("", scheme.Groups);
        Assert.Equal("v1", scheme.PreferredVersion(""));
    }

    [Fact]
    public void Default_EveryMapping_IsConsistent()
    {
        foreach (var mapping in KubeScheme.Default.Mappings)
        {
            Assert.Equal(mapping.Resource.ToLowerInvariant(), mapping.Resource);
            Assert.False(string.IsNullOrEmpty(mapping.Singular), $"{mapping.Kind} has no singular name");
            Assert.True(typeof(KubeObject).IsAssignableFrom(mapping.Type), $"{mapping.Type} is not a KubeObject");
            Assert.Equal(mapping.Verbs.Order(StringComparer.Ordinal), mapping.Verbs);
        }
    }

    [Fact]
    public void Decode_ConfigMapJson_ReturnsConfigMap()
    {
        var decoded = KubeScheme.Default.Decode("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"},"data":{"k":"v"}}""");

        var configMap = Assert.IsType<ConfigMap>(decoded);
        Assert.Equal("a", configMap.Metadata.Name);
        Assert.Equal("v", configMap.Data!["k"]);
    }

    [Fact]
    public void Decode_ListKind_ReturnsList()
    {
        var decoded = KubeScheme.Default.Decode("""{"metadata":{"resourceVersion":"5"},"kind":"ConfigMapList","apiVersion":"v1","items":[{"metadata":{"name":"a"}}]}""");

        var list = Assert.IsType<KubeList<ConfigMap>>(decoded);
        Assert.Equal("a", Assert.Single(list.Items).Metadata.Name);
    }

    [Fact]
    public void DecodeYaml_MultiDocumentManifest_DecodesEachToItsType()
    {
        const string Yaml = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: a
            data:
              enabled: "true"
            ---
            apiVersion: v1
            kind: ConfigMapList
            items: []
            """;

        var objects = KubeScheme.Default.DecodeYaml(Yaml);

        Assert.Equal("true", Assert.IsType<ConfigMap>(objects[0]).Data!["enabled"]);
        Assert.IsType<KubeList<ConfigMap>>(objects[1]);
    }

    [Theory]
    [InlineData("""{"apiVersion":"v1"}""", DecodeFailure.MissingKind, """Object 'Kind' is missing in '{"apiVersion":"v1"}'""")]
    [InlineData("""{"kind":"ConfigMap"}""", DecodeFailure.MissingVersion, """Object 'apiVersion' is missing in '{"kind":"ConfigMap"}'""")]
    [InlineData("""{"apiVersion":"v1","kind":"Nope"}""", DecodeFailure.NotRegistered, "no kind \"Nope\" is registered for version \"v1\" in scheme \"KubeSharp\"")]
    [InlineData("""{"apiVersion":"a/b/c","kind":"Nope"}""", DecodeFailure.Malformed, "unexpected GroupVersion string: a/b/c")]
    public void Decode_BadDocument_FailsWithUpstreamMessage(string json, DecodeFailure failure, string message)
    {
        var error = Assert.Throws<SchemeDecodeException>(() => KubeScheme.Default.Decode(json));

        Assert.Equal(failure, error.Failure);
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("{\"apiVersion\":")]
    [InlineData("""{"apiVersion":"v1","kind":"ConfigMap","data":5}""")]
    public void Decode_MalformedJson_IsMalformed(string json)
    {
        var error = Assert.Throws<SchemeDecodeException>(() => KubeScheme.Default.Decode(json));

        Assert.Equal(DecodeFailure.Malformed, error.Failure);
    }

    [Fact]
    public void SetTypeMeta_ObjectAndList_FillsApiVersionAndKind()
    {
        var configMap = new ConfigMap();
        var list = new KubeList<ConfigMap>();

        KubeScheme.Default.SetTypeMeta(configMap);
        KubeScheme.Default.SetTypeMeta(list);

        Assert.Equal(("v1", "ConfigMap"), (configMap.ApiVersion, configMap.Kind));
        Assert.Equal(("v1", "ConfigMapList"), (list.ApiVersion, list.Kind));
    }

    [Fact]
    public void Create_KindRegisteredTwice_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => KubeScheme.Create([new TwiceRegistration()]));

        Assert.Contains("registered twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VersionsOf_SeveralVersions_PreferredFirst()
    {
        var scheme = KubeScheme.Create([new VersionsRegistration()]);

        Assert.Equal(["v2", "v1", "v1beta2", "v1beta1", "v1alpha1"], scheme.VersionsOf("example.com"));
        Assert.Equal("v2", scheme.FindByGroupResource("example.com", "widgets")[0].Kind.Version);
    }

    [Theory]
    [InlineData("v1", "v2", 1)]
    [InlineData("v1", "v1beta1", -1)]
    [InlineData("v1beta2", "v1beta1", -1)]
    [InlineData("v1alpha1", "v1beta1", 1)]
    [InlineData("v2beta1", "v1beta1", -1)]
    [InlineData("v10", "v2", -1)]
    [InlineData("foo", "v1alpha1", 1)]
    [InlineData("bar", "foo", -1)]
    public void KubeVersionComparer_Pairs_OrderAsUpstream(string x, string y, int expected)
    {
        Assert.Equal(expected, Math.Sign(KubeVersionComparer.Instance.Compare(x, y)));
    }

    private sealed class TwiceRegistration : ISchemeRegistration
    {
        public void Register(SchemeBuilder scheme)
        {
            scheme.Add<ConfigMap>("configmaps", ResourceScope.Namespaced);
            scheme.Add<ConfigMap>("configmaps", ResourceScope.Namespaced);
        }
    }

    private sealed class VersionsRegistration : ISchemeRegistration
    {
        public void Register(SchemeBuilder scheme)
        {
            foreach (var version in new[] { "v1beta1", "v1", "v1alpha1", "v2", "v1beta2" })
            {
                scheme.Add(new ResourceMapping
                {
                    Kind = new GroupVersionKind("example.com", version, "Widget"),
                    Resource = "widgets",
                    Singular = "widget",
                    Scope = ResourceScope.Cluster,
                    Type = typeof(ConfigMap),
                });
            }
        }
    }
}
