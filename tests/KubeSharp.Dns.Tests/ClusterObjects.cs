using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Discovery.V1;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Dns.Tests;

/// <summary>Services and EndpointSlices as the API server and the EndpointSlice controller would write them.</summary>
internal static class ClusterObjects
{
    public static Service ClusterIP(string ns, string name, string ip, params (string Name, int Port, string Protocol)[] ports) => new()
    {
        Metadata = new ObjectMeta { Namespace = ns, Name = name },
        Spec = new ServiceSpec
        {
            Type = "ClusterIP",
            ClusterIP = ip,
            ClusterIPs = [ip],
            Ports = [.. ports.Select(p => new ServicePort { Name = p.Name, Port = p.Port, Protocol = p.Protocol })],
        },
    };

    public static Service Headless(string ns, string name, bool publishNotReady = false) => new()
    {
        Metadata = new ObjectMeta { Namespace = ns, Name = name },
        Spec = new ServiceSpec { Type = "ClusterIP", ClusterIP = "None", ClusterIPs = ["None"], PublishNotReadyAddresses = publishNotReady },
    };

    public static Service ExternalName(string ns, string name, string target) => new()
    {
        Metadata = new ObjectMeta { Namespace = ns, Name = name },
        Spec = new ServiceSpec { Type = "ExternalName", ExternalName = target },
    };

    public static EndpointSlice Slice(string ns, string service, (string Name, int Port)[] ports, params (string Address, bool? Ready, string? Hostname)[] endpoints) => new()
    {
        Metadata = new ObjectMeta
        {
            Namespace = ns,
            Name = service + "-abcde",
            Labels = new Dictionary<string, string> { ["kubernetes.io/service-name"] = service },
        },
        AddressType = "IPv4",
        Ports = [.. ports.Select(p => new KubeSharp.Api.Discovery.V1.EndpointPort { Name = p.Name, Port = p.Port, Protocol = "TCP" })],
        Endpoints = [.. endpoints.Select(e => new Endpoint { Addresses = [e.Address], Conditions = new EndpointConditions { Ready = e.Ready }, Hostname = e.Hostname })],
    };
}
