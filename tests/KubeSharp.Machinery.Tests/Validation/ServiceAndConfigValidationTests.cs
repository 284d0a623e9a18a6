using System.Text;
using KubeSharp.Api;
using KubeSharp.Api.Core.V1;
using KubeSharp.Machinery.Defaults;
using KubeSharp.Machinery.Validation;
using KubeSharp.Machinery.Validation.Core;

namespace KubeSharp.Machinery.Tests.Validation;

public class ServiceAndConfigValidationTests
{
    private static Service NewService(Action<Service>? edit = null)
    {
        var service = new Service
        {
            Metadata = new() { Name = "web", Namespace = "default" },
            Spec = new ServiceSpec { Selector = new() { ["app"] = "web" }, Ports = [new ServicePort { Port = 80 }] },
        };
        edit?.Invoke(service);
        CoreDefaults.SetDefaultsService(service);
        return service;
    }

    private static List<string> Validate(Action<Service> edit) =>
        ServiceValidation.ValidateService(NewService(edit)).Select(e => e.ToString()).ToList();

    [Fact]
    public void ValidServices_HaveNoErrors()
    {
        Assert.Empty(ServiceValidation.ValidateService(NewService()));
        Assert.Empty(ServiceValidation.ValidateService(NewService(s => s.Spec.Type = "NodePort")));
        Assert.Empty(ServiceValidation.ValidateService(NewService(s => s.Spec.Type = "LoadBalancer")));
        Assert.Empty(ServiceValidation.ValidateService(NewService(s =>
        {
            s.Spec.ClusterIP = "None";
            s.Spec.Ports = null;
        })));
        Assert.Empty(ServiceValidation.ValidateService(NewService(s =>
        {
            s.Spec.Type = "ExternalName";
            s.Spec.ExternalName = "example.com.";
            s.Spec.Ports = null;
        })));
    }

    public static TheoryData<string, string> Cases => new()
    {
        { "no-ports", "spec.ports: Required value" },
        { "port-name-required", "spec.ports[1].name: Required value" },
        { "port-range", "spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive" },
        { "type", "spec.type: Unsupported value: \"Weird\": supported values: \"ClusterIP\", \"ExternalName\", \"LoadBalancer\", \"NodePort\"" },
        { "node-port-cluster-ip", "spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'" },
        { "external-name", "spec.externalName: Required value" },
        { "name", "metadata.name: Invalid value: \"1web\": " + Formats.IsDNS1035Label("1web")[0] },
        { "affinity-timeout", "spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 0: must be greater than 0 and less than 86400" },
        { "external-policy", "spec.externalTrafficPolicy: Invalid value: \"Local\": may only be set for externally-accessible services" },
        { "health-check", "spec.healthCheckNodePort: Required value" },
        { "headless-lb", "spec.clusterIPs[0]: Invalid value: \"None\": may not be set to 'None' for LoadBalancer services" },
        { "target-port", "spec.ports[0].targetPort: Invalid value: \"Http_Port\": " + Formats.IsValidPortName("Http_Port")[0] },
        { "protocol", "spec.ports[0].protocol: Unsupported value: \"HTTP\": supported values: \"SCTP\", \"TCP\", \"UDP\"" },
        { "source-ranges", "spec.LoadBalancerSourceRanges: Forbidden: may only be used when `type` is 'LoadBalancer'" },
        { "external-ip", "spec.externalIPs[0]: Invalid value: \"127.0.0.1\": may not be in the loopback range (127.0.0.0/8, ::1/128)" },
    };

    private static readonly Dictionary<string, Action<Service>> Edits = new()
    {
        ["no-ports"] = s => s.Spec.Ports = [],
        ["port-name-required"] = s => s.Spec.Ports = [new ServicePort { Name = "http", Port = 80 }, new ServicePort { Port = 443 }],
        ["port-range"] = s => s.Spec.Ports = [new ServicePort { Port = 0, TargetPort = 8080 }],
        ["type"] = s => s.Spec.Type = "Weird",
        ["node-port-cluster-ip"] = s => s.Spec.Ports![0].NodePort = 30080,
        ["external-name"] = s =>
        {
            s.Spec.Type = "ExternalName";
            s.Spec.Ports = null;
        },
        ["name"] = s => s.Metadata.Name = "1web",
        ["affinity-timeout"] = s =>
        {
            s.Spec.SessionAffinity = "ClientIP";
            s.Spec.SessionAffinityConfig = new SessionAffinityConfig { ClientIP = new ClientIPConfig { TimeoutSeconds = 0 } };
        },
        ["external-policy"] = s => s.Spec.ExternalTrafficPolicy = "Local",
        ["health-check"] = s =>
        {
            s.Spec.Type = "LoadBalancer";
            s.Spec.ExternalTrafficPolicy = "Local";
        },
        ["headless-lb"] = s =>
        {
            s.Spec.Type = "LoadBalancer";
            s.Spec.ClusterIP = "None";
        },
        ["target-port"] = s => s.Spec.Ports![0].TargetPort = new IntOrString("Http_Port"),
        ["protocol"] = s => s.Spec.Ports![0].Protocol = "HTTP",
        ["source-ranges"] = s => s.Spec.LoadBalancerSourceRanges = ["10.0.0.0/8"],
        ["external-ip"] = s => s.Spec.ExternalIPs = ["127.0.0.1"],
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValidateService_ReportsUpstreamMessages(string scenario, string expected)
    {
        Assert.Contains(expected, Validate(Edits[scenario]));
    }

    [Fact]
    public void DuplicatePorts_AreReported()
    {
        var errors = ServiceValidation.ValidateService(NewService(s => s.Spec.Ports = [new ServicePort { Name = "a", Port = 80 }, new ServicePort { Name = "b", Port = 80 }]));
        var error = Assert.Single(errors);
        Assert.Equal(FieldErrorType.Duplicate, error.Type);
        Assert.Equal("spec.ports[1]", error.Field);
    }

    [Fact]
    public void ServiceUpdate_ClusterIPIsImmutable()
    {
        var old = NewService(s =>
        {
            s.Metadata.ResourceVersion = "1";
            s.Spec.ClusterIP = "10.0.0.10";
        });
        var updated = NewService(s =>
        {
            s.Metadata.ResourceVersion = "1";
            s.Spec.ClusterIP = "10.0.0.11";
        });
        Assert.Equal(
            ["spec.clusterIPs[0]: Invalid value: \"10.0.0.11\": field is immutable"],
            ServiceValidation.ValidateServiceUpdate(updated, old).Select(e => e.ToString()));
    }

    private static ConfigMap NewConfigMap(Action<ConfigMap>? edit = null)
    {
        var configMap = new ConfigMap { Metadata = new() { Name = "cfg", Namespace = "default", ResourceVersion = "1" }, Data = new() { ["a"] = "1" } };
        edit?.Invoke(configMap);
        return configMap;
    }

    [Fact]
    public void ConfigMap_Keys()
    {
        Assert.Empty(ConfigValidation.ValidateConfigMap(NewConfigMap()));
        var errors = ConfigValidation.ValidateConfigMap(NewConfigMap(c =>
        {
            c.Data!["bad key"] = "x";
            c.BinaryData = new() { ["a"] = [1] };
        })).Select(e => e.ToString()).ToList();
        Assert.Equal(
        [
            "data[a]: Invalid value: \"a\": duplicate of key present in binaryData",
            "data[bad key]: Invalid value: \"bad key\": " + Formats.IsConfigMapKey("bad key")[0],
        ],
        errors);
    }

    [Fact]
    public void ConfigMap_SizeLimit()
    {
        var errors = ConfigValidation.ValidateConfigMap(NewConfigMap(c => c.Data!["big"] = new string('x', ConfigValidation.MaxSecretSize)));
        Assert.Equal([": Too long: may not be more than 1048576 bytes"], errors.Select(e => e.ToString()));
    }

    [Fact]
    public void ConfigMap_Immutable()
    {
        var old = NewConfigMap(c => c.Immutable = true);
        var errors = ConfigValidation.ValidateConfigMapUpdate(NewConfigMap(c => c.Data!["a"] = "2"), old).Select(e => e.ToString()).ToList();
        Assert.Equal(
        [
            "immutable: Forbidden: field is immutable when `immutable` is set",
            "data: Forbidden: field is immutable when `immutable` is set",
        ],
        errors);
    }

    [Fact]
    public void Secret_TypeSpecificKeys()
    {
        var secret = new Secret { Metadata = new() { Name = "tls", Namespace = "default" }, Type = SecretType.TLS };
        CoreDefaults.SetDefaultsSecret(secret);
        Assert.Equal(["data[tls.crt]: Required value", "data[tls.key]: Required value"], ConfigValidation.ValidateSecret(secret).Select(e => e.ToString()));

        var token = new Secret { Metadata = new() { Name = "t", Namespace = "default" }, Type = SecretType.ServiceAccountToken };
        Assert.Equal(["metadata.annotations[kubernetes.io/service-account.name]: Required value"], ConfigValidation.ValidateSecret(token).Select(e => e.ToString()));

        var docker = new Secret { Metadata = new() { Name = "d", Namespace = "default" }, Type = SecretType.DockerConfigJson, Data = new() { [".dockerconfigjson"] = "{}"u8.ToArray() } };
        Assert.Empty(ConfigValidation.ValidateSecret(docker));
    }

    [Fact]
    public void Secret_StringDataIsFoldedIntoData()
    {
        var secret = new Secret
        {
            Metadata = new() { Name = "s", Namespace = "default" },
            Data = new() { ["a"] = "old"u8.ToArray() },
            StringData = new() { ["a"] = "new", ["bad key"] = "x" },
        };
        CoreDefaults.SetDefaultsSecret(secret);
        Assert.Equal("Opaque", secret.Type);
        Assert.Null(secret.StringData);
        Assert.Equal("new", Encoding.UTF8.GetString(secret.Data!["a"]));
        Assert.Equal(
            ["data[bad key]: Invalid value: \"bad key\": " + Formats.IsConfigMapKey("bad key")[0]],
            ConfigValidation.ValidateSecret(secret).Select(e => e.ToString()));
    }

    [Fact]
    public void Secret_TypeIsImmutable()
    {
        var old = new Secret { Metadata = new() { Name = "s", Namespace = "default", ResourceVersion = "1" }, Type = "Opaque" };
        var updated = new Secret { Metadata = new() { Name = "s", Namespace = "default", ResourceVersion = "1" }, Type = "example.com/custom" };
        Assert.Equal(["type: Invalid value: \"example.com/custom\": field is immutable"], ConfigValidation.ValidateSecretUpdate(updated, old).Select(e => e.ToString()));
    }

    [Fact]
    public void Namespace_NameAndFinalizers()
    {
        var ns = new Namespace { Metadata = new() { Name = "Bad_NS" }, Spec = new NamespaceSpec { Finalizers = ["custom"] } };
        var errors = ConfigValidation.ValidateNamespace(ns).Select(e => e.ToString()).ToList();
        Assert.Equal(
        [
            "metadata.name: Invalid value: \"Bad_NS\": " + Formats.IsDNS1123Label("Bad_NS")[0],
            "spec.finalizers: Invalid value: \"custom\": name is neither a standard finalizer name nor is it fully qualified",
        ],
        errors);
    }

    [Fact]
    public void Namespace_StatusPhaseFollowsDeletion()
    {
        var old = new Namespace { Metadata = new() { Name = "ns", ResourceVersion = "1" } };
        CoreDefaults.SetDefaultsNamespace(old);
        var updated = new Namespace { Metadata = new() { Name = "ns", ResourceVersion = "1", Labels = old.Metadata.Labels }, Status = new NamespaceStatus { Phase = "Terminating" } };
        Assert.Equal(
            ["status.Phase: Invalid value: \"Terminating\": may only be 'Active' if `deletionTimestamp` is empty"],
            ConfigValidation.ValidateNamespaceStatusUpdate(updated, old).Select(e => e.ToString()));
    }

    [Fact]
    public void Node_TaintsAndCidrs()
    {
        var node = new Node
        {
            Metadata = new() { Name = "n1" },
            Spec = new NodeSpec
            {
                PodCIDRs = ["10.0.0.0/24", "10.1.0.0/24"],
                Taints = [new Taint { Key = "k", Effect = "NoSchedule" }, new Taint { Key = "k", Effect = "NoSchedule" }],
            },
        };
        var errors = ConfigValidation.ValidateNode(node).Select(e => e.ToString()).ToList();
        Assert.Contains("spec.podCIDRs: Invalid value: [\"10.0.0.0/24\",\"10.1.0.0/24\"]: may specify no more than one CIDR for each IP family", errors);
        Assert.Contains(errors, e => e.StartsWith("metadata.taints[1]: Duplicate value: ", StringComparison.Ordinal) && e.EndsWith(": taints must be unique by key and effect pair", StringComparison.Ordinal));
    }
}
