using System.Text;
using KubeSharp.Api;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Kubelet.Kuberuntime;

namespace KubeSharp.Kubelet.Tests.Kuberuntime;

public sealed class EnvironmentBuilderTests
{
    private static readonly Dictionary<string, Quantity> Allocatable = new() { ["cpu"] = Quantity.Parse("2"), ["memory"] = Quantity.Parse("4Gi") };

    [Fact]
    public async Task BuildAsync_AllSources_OrderAndExpansionAsUpstream()
    {
        var container = new Container
        {
            Name = "app",
            Resources = new ResourceRequirements { Limits = new() { ["memory"] = Quantity.Parse("64Mi") }, Requests = new() { ["cpu"] = Quantity.Parse("250m") } },
            EnvFrom = [new EnvFromSource { ConfigMapRef = new ConfigMapEnvSource { Name = "cm" }, Prefix = "CM_" }, new EnvFromSource { SecretRef = new SecretEnvSource { Name = "s" } }],
            Env =
            [
                new EnvVar { Name = "NAME", ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { FieldPath = "metadata.name" } } },
                new EnvVar { Name = "GREETING", Value = "hi $(NAME) $(CM_color) $(MISSING)" },
                new EnvVar { Name = "MEM", ValueFrom = new EnvVarSource { ResourceFieldRef = new ResourceFieldSelector { Resource = "limits.memory", Divisor = Quantity.Parse("1Mi") } } },
                new EnvVar { Name = "CPU_LIMIT", ValueFrom = new EnvVarSource { ResourceFieldRef = new ResourceFieldSelector { Resource = "limits.cpu" } } },
                new EnvVar { Name = "CPU_REQ", ValueFrom = new EnvVarSource { ResourceFieldRef = new ResourceFieldSelector { Resource = "requests.cpu", Divisor = Quantity.Parse("1m") } } },
                new EnvVar { Name = "LABEL", ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { FieldPath = "metadata.labels['app']" } } },
                new EnvVar { Name = "IP", ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { FieldPath = "status.podIP" } } },
                new EnvVar { Name = "TOKEN", ValueFrom = new EnvVarSource { SecretKeyRef = new SecretKeySelector { Name = "s", Key = "token" } } },
                new EnvVar { Name = "OPTIONAL", ValueFrom = new EnvVarSource { ConfigMapKeyRef = new ConfigMapKeySelector { Name = "absent", Key = "k", Optional = true } } },
            ],
        };

        var env = await EnvironmentBuilder.BuildAsync(Pod(container), container, "10.42.0.7", "192.0.2.1", Allocatable, new Objects(), CancellationToken.None);

        Assert.Equal(
            [
                ("CM_color", "blue"), ("token", "t0k"), ("NAME", "web"), ("GREETING", "hi web blue $(MISSING)"), ("MEM", "64"),
                ("CPU_LIMIT", "2"), ("CPU_REQ", "250"), ("LABEL", "frontend"), ("IP", "10.42.0.7"), ("TOKEN", "t0k"),
            ],
            env.Select(e => (e.Key, e.Value)));
    }

    [Theory]
    [InlineData("absent", "color", "configmap \"absent\" not found")]
    [InlineData("cm", "nope", "couldn't find key nope in ConfigMap ns/cm")]
    public async Task BuildAsync_MissingConfigMapOrKey_UpstreamMessage(string name, string key, string message)
    {
        var container = new Container
        {
            Name = "app",
            Env = [new EnvVar { Name = "X", ValueFrom = new EnvVarSource { ConfigMapKeyRef = new ConfigMapKeySelector { Name = name, Key = key } } }],
        };

        var error = await Assert.ThrowsAsync<ContainerConfigException>(() =>
            EnvironmentBuilder.BuildAsync(Pod(container), container, null, "192.0.2.1", Allocatable, new Objects(), CancellationToken.None));

        Assert.Equal(message, error.Message);
    }

    private static Pod Pod(Container container) => new()
    {
        Metadata = new ObjectMeta { Name = "web", Namespace = "ns", Uid = "u1", Labels = new() { ["app"] = "frontend" } },
        Spec = new PodSpec { Containers = [container] },
    };

    private sealed class Objects : IObjectSource
    {
        public Task<ConfigMap?> GetConfigMapAsync(string ns, string name, CancellationToken cancellationToken) =>
            Task.FromResult(name == "cm" ? new ConfigMap { Data = new() { ["color"] = "blue" } } : null);

        public Task<Secret?> GetSecretAsync(string ns, string name, CancellationToken cancellationToken) =>
            Task.FromResult(name == "s" ? new Secret { Data = new() { ["token"] = Encoding.UTF8.GetBytes("t0k"), ["1bad"] = Encoding.UTF8.GetBytes("skipped, not a valid name") } } : null);
    }
}
