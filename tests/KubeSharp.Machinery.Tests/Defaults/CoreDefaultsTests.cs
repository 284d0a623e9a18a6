using KubeSharp.Api;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Serialization;
using KubeSharp.Machinery.Defaults;

namespace KubeSharp.Machinery.Tests.Defaults;

public class CoreDefaultsTests
{
    [Theory]
    [InlineData("nginx", "latest", "Always")]
    [InlineData("nginx:latest", "latest", "Always")]
    [InlineData("nginx:1.27", "1.27", "IfNotPresent")]
    [InlineData("localhost:5000/nginx", "latest", "Always")]
    [InlineData("localhost:5000/team/nginx:v2", "v2", "IfNotPresent")]
    [InlineData("nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "", "IfNotPresent")]
    [InlineData("registry.io/nginx:v1@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "v1", "IfNotPresent")]
    [InlineData("", "", "IfNotPresent")]
    public void PullPolicy_FollowsTheTag(string image, string tag, string policy)
    {
        Assert.Equal(tag, CoreDefaults.ImageTag(image));
        Assert.Equal(policy, CoreDefaults.DefaultPullPolicy(image));
    }

    [Fact]
    public void Pod_GetsUpstreamDefaults()
    {
        var pod = KubeJson.Deserialize<Pod>("""
            {"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","namespace":"default"},
             "spec":{"volumes":[{"name":"scratch"},{"name":"cfg","configMap":{"name":"cfg"}}],
                     "containers":[{"name":"app","image":"nginx","ports":[{"containerPort":80}],
                       "resources":{"limits":{"cpu":"500m","memory":"1Gi"},"requests":{"cpu":"100m"}},
                       "env":[{"name":"N","valueFrom":{"fieldRef":{"fieldPath":"metadata.name"}}}],
                       "livenessProbe":{"httpGet":{"port":80}}}]}}
            """)!;
        CoreDefaults.SetDefaultsPod(pod);
        var spec = pod.Spec;
        var container = spec.Containers[0];
        Assert.Equal("ClusterFirst", spec.DNSPolicy);
        Assert.Equal("Always", spec.RestartPolicy);
        Assert.Equal("default-scheduler", spec.SchedulerName);
        Assert.Equal(30, spec.TerminationGracePeriodSeconds);
        Assert.NotNull(spec.SecurityContext);
        Assert.True(spec.EnableServiceLinks);
        Assert.NotNull(spec.Volumes![0].EmptyDir);
        Assert.Equal(420, spec.Volumes[1].ConfigMap!.DefaultMode);
        Assert.Equal("Always", container.ImagePullPolicy);
        Assert.Equal("/dev/termination-log", container.TerminationMessagePath);
        Assert.Equal("File", container.TerminationMessagePolicy);
        Assert.Equal("TCP", container.Ports![0].Protocol);
        Assert.Equal("100m", container.Resources.Requests!["cpu"].ToString());
        Assert.Equal("1Gi", container.Resources.Requests["memory"].ToString());
        Assert.Equal("v1", container.Env![0].ValueFrom!.FieldRef!.ApiVersion);
        var probe = container.LivenessProbe!;
        Assert.Equal((1, 10, 1, 3), (probe.TimeoutSeconds, probe.PeriodSeconds, probe.SuccessThreshold, probe.FailureThreshold));
        Assert.Equal(("/", "HTTP"), (probe.HTTPGet!.Path, probe.HTTPGet.Scheme));
    }

    [Fact]
    public void Pod_HostNetworkPortsDefaultToContainerPort()
    {
        var pod = new Pod { Spec = new PodSpec { HostNetwork = true, Containers = [new Container { Name = "a", Image = "x", Ports = [new ContainerPort { Port = 8080 }] }] } };
        CoreDefaults.SetDefaultsPod(pod);
        Assert.Equal(8080, pod.Spec.Containers[0].Ports![0].HostPort);
    }

    [Fact]
    public void Defaulting_IsIdempotent()
    {
        var pod = new Pod { Metadata = new() { Name = "p" }, Spec = new PodSpec { Containers = [new Container { Name = "a", Image = "x:1", Resources = new ResourceRequirements { Limits = new() { ["cpu"] = Quantity.Parse("1") } } }] } };
        CoreDefaults.SetDefaultsPod(pod);
        var once = KubeJson.Serialize(pod);
        CoreDefaults.SetDefaultsPod(pod);
        Assert.Equal(once, KubeJson.Serialize(pod));
    }

    [Fact]
    public void Quantities_AreRoundedUpToMilli()
    {
        var pod = new Pod { Spec = new PodSpec { Containers = [new Container { Name = "a", Image = "x:1", Resources = new ResourceRequirements { Requests = new() { ["cpu"] = Quantity.Parse("0.0001") } } }] } };
        CoreDefaults.SetDefaultsPod(pod);
        Assert.Equal("1m", pod.Spec.Containers[0].Resources.Requests!["cpu"].ToString());
    }

    [Fact]
    public void Service_GetsUpstreamDefaults()
    {
        var service = new Service { Spec = new ServiceSpec { Ports = [new ServicePort { Port = 80 }, new ServicePort { Port = 443, TargetPort = new IntOrString("https") }] } };
        CoreDefaults.SetDefaultsService(service);
        Assert.Equal("ClusterIP", service.Spec.Type);
        Assert.Equal("None", service.Spec.SessionAffinity);
        Assert.Equal("Cluster", service.Spec.InternalTrafficPolicy);
        Assert.Null(service.Spec.ExternalTrafficPolicy);
        Assert.Equal("TCP", service.Spec.Ports![0].Protocol);
        Assert.Equal(new IntOrString(80), service.Spec.Ports[0].TargetPort);
        Assert.Equal(new IntOrString("https"), service.Spec.Ports[1].TargetPort);

        var lb = new Service { Spec = new ServiceSpec { Type = "LoadBalancer", SessionAffinity = "ClientIP" } };
        CoreDefaults.SetDefaultsService(lb);
        Assert.Equal("Cluster", lb.Spec.ExternalTrafficPolicy);
        Assert.True(lb.Spec.AllocateLoadBalancerNodePorts);
        Assert.Equal(10800, lb.Spec.SessionAffinityConfig!.ClientIP!.TimeoutSeconds);
    }

    [Fact]
    public void Namespace_GetsNameLabelAndPhase()
    {
        var ns = new Namespace { Metadata = new() { Name = "team-a" } };
        CoreDefaults.SetDefaultsNamespace(ns);
        Assert.Equal("team-a", ns.Metadata.Labels!["kubernetes.io/metadata.name"]);
        Assert.Equal("Active", ns.Status.Phase);
    }
}
