using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Api.Tests.Serialization;

public sealed class KubeJsonOrderTests
{
    [Fact]
    public void Serialize_Object_WritesTypeMetaAndMetadataFirstAsUpstream()
    {
        var configMap = new ConfigMap { ApiVersion = "v1", Kind = "ConfigMap", Immutable = true, Data = new() { ["a"] = "b" } };
        configMap.Metadata.Name = "x";

        Assert.Equal("""{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"x"},"immutable":true,"data":{"a":"b"}}""", KubeJson.Serialize(configMap));
    }

    [Fact]
    public void Serialize_List_WritesTypeMetaMetadataThenItems()
    {
        var list = new KubeList<ConfigMap> { ApiVersion = "v1", Kind = "ConfigMapList" };
        list.Metadata.ResourceVersion = "7";

        Assert.Equal("""{"kind":"ConfigMapList","apiVersion":"v1","metadata":{"resourceVersion":"7"},"items":[]}""", KubeJson.Serialize(list));
    }
}
