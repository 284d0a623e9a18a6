using KubeSharp.Api;
using KubeSharp.Api.Autoscaling.V2;
using KubeSharp.Api.Coordination.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Api.Networking.V1;
using KubeSharp.Api.Policy.V1;
using KubeSharp.Api.Rbac.V1;
using KubeSharp.Api.Scheduling.V1;
using KubeSharp.Machinery.Defaults;
using KubeSharp.Machinery.Validation;
using KubeSharp.Machinery.Validation.Groups;

namespace KubeSharp.Machinery.Tests.Validation.Groups;

/// <summary>
/// RBAC, PodDisruptionBudget, PriorityClass, Lease, HorizontalPodAutoscaler and Ingress validation: each case
/// builds a defaulted object with one mistake and expects upstream's exact message among the errors.
/// </summary>
public class GroupValidationTests
{
    private static ObjectMeta Meta(string name = "x", string? ns = "default") => new() { Name = name, Namespace = ns };

    private static Role NewRole(Action<PolicyRule> edit)
    {
        var rule = new PolicyRule { Verbs = ["get"], APIGroups = [""], Resources = ["pods"] };
        edit(rule);
        return new Role { Metadata = Meta(), Rules = [rule] };
    }

    private static RoleBinding NewBinding(Action<RoleBinding> edit)
    {
        var binding = new RoleBinding
        {
            Metadata = Meta(),
            RoleRef = new RoleRef { Kind = "Role", Name = "reader" },
            Subjects = [new Subject { Kind = "User", Name = "jane" }],
        };
        edit(binding);
        GroupDefaults.SetDefaultsRoleBinding(binding);
        return binding;
    }

    private static PodDisruptionBudget NewBudget(Action<PodDisruptionBudgetSpec> edit)
    {
        var budget = new PodDisruptionBudget { Metadata = Meta(), Spec = new PodDisruptionBudgetSpec { MinAvailable = new IntOrString(1), Selector = new LabelSelector { MatchLabels = new() { ["app"] = "web" } } } };
        edit(budget.Spec);
        return budget;
    }

    private static HorizontalPodAutoscaler NewAutoscaler(Action<HorizontalPodAutoscalerSpec> edit)
    {
        var autoscaler = new HorizontalPodAutoscaler
        {
            Metadata = Meta(),
            Spec = new HorizontalPodAutoscalerSpec { MaxReplicas = 5, ScaleTargetRef = new CrossVersionObjectReference { APIVersion = "apps/v1", Kind = "Deployment", Name = "web" } },
        };
        edit(autoscaler.Spec);
        GroupDefaults.SetDefaultsHorizontalPodAutoscaler(autoscaler);
        return autoscaler;
    }

    private static Ingress NewIngress(Action<HTTPIngressPath> editPath, Action<IngressSpec>? editSpec = null)
    {
        var path = new HTTPIngressPath { Path = "/", PathType = PathType.Prefix, Backend = new IngressBackend { Service = new IngressServiceBackend { Name = "web", Port = new ServiceBackendPort { Number = 80 } } } };
        editPath(path);
        var ingress = new Ingress { Metadata = Meta(), Spec = new IngressSpec { Rules = [new IngressRule { Host = "example.com", HTTP = new HTTPIngressRuleValue { Paths = [path] } }] } };
        editSpec?.Invoke(ingress.Spec);
        return ingress;
    }

    private static readonly Dictionary<string, Func<FieldErrorList>> Validations = new()
    {
        ["role-verbs"] = () => RbacValidation.ValidateRole(NewRole(r => r.Verbs = [])),
        ["role-groups"] = () => RbacValidation.ValidateRole(NewRole(r => r.APIGroups = null)),
        ["role-resources"] = () => RbacValidation.ValidateRole(NewRole(r => r.Resources = [])),
        ["role-urls"] = () => RbacValidation.ValidateRole(NewRole(r => (r.APIGroups, r.Resources, r.NonResourceURLs) = (null, null, ["/healthz"]))),
        ["cluster-role-mixed"] = () => RbacValidation.ValidateClusterRole(new ClusterRole { Metadata = Meta(ns: null), Rules = [new PolicyRule { Verbs = ["get"], Resources = ["pods"], NonResourceURLs = ["/metrics"] }] }),
        ["role-name"] = () => RbacValidation.ValidateRole(new Role { Metadata = Meta("a/b") }),
        ["binding-kind"] = () => RbacValidation.ValidateRoleBinding(NewBinding(b => b.RoleRef.Kind = "Pod")),
        ["binding-group"] = () => RbacValidation.ValidateRoleBinding(NewBinding(b => b.RoleRef.APIGroup = "apps")),
        ["binding-subject-kind"] = () => RbacValidation.ValidateRoleBinding(NewBinding(b => b.Subjects![0].Kind = "Robot")),
        ["binding-sa-group"] = () => RbacValidation.ValidateRoleBinding(NewBinding(b => b.Subjects = [new Subject { Kind = "ServiceAccount", Name = "default", APIGroup = "v1" }])),
        ["cluster-binding-sa-namespace"] = () => RbacValidation.ValidateClusterRoleBinding(new ClusterRoleBinding { Metadata = Meta(ns: null), RoleRef = new RoleRef { APIGroup = RbacValidation.GroupName, Kind = "ClusterRole", Name = "view" }, Subjects = [new Subject { Kind = "ServiceAccount", Name = "default" }] }),
        ["cluster-binding-role-kind"] = () => RbacValidation.ValidateClusterRoleBinding(new ClusterRoleBinding { Metadata = Meta(ns: null), RoleRef = new RoleRef { APIGroup = RbacValidation.GroupName, Kind = "Role", Name = "view" } }),
        ["binding-roleref-change"] = () => RbacValidation.ValidateRoleBindingUpdate(NewBinding(b => (b.Metadata.ResourceVersion, b.RoleRef.Name) = ("1", "writer")), NewBinding(b => b.Metadata.ResourceVersion = "1")),
        ["pdb-both"] = () => PolicyValidation.ValidatePodDisruptionBudget(NewBudget(s => s.MaxUnavailable = new IntOrString(1))),
        ["pdb-percent"] = () => PolicyValidation.ValidatePodDisruptionBudget(NewBudget(s => s.MinAvailable = new IntOrString("120%"))),
        ["pdb-negative"] = () => PolicyValidation.ValidatePodDisruptionBudget(NewBudget(s => s.MinAvailable = new IntOrString(-1))),
        ["pdb-policy"] = () => PolicyValidation.ValidatePodDisruptionBudget(NewBudget(s => s.UnhealthyPodEvictionPolicy = "Never")),
        ["priority-value"] = () => SchedulingValidation.ValidatePriorityClass(new PriorityClass { Metadata = Meta("high", null), Value = 1_000_000_001 }),
        ["priority-system"] = () => SchedulingValidation.ValidatePriorityClass(new PriorityClass { Metadata = Meta("system-important", null), Value = 5 }),
        ["priority-system-value"] = () => SchedulingValidation.ValidatePriorityClass(new PriorityClass { Metadata = Meta("system-node-critical", null), Value = 5 }),
        ["priority-update"] = () => SchedulingValidation.ValidatePriorityClassUpdate(new PriorityClass { Metadata = Meta("high", null), Value = 2 }, new PriorityClass { Metadata = Meta("high", null), Value = 1 }),
        ["priority-preemption"] = () => SchedulingValidation.ValidatePriorityClass(new PriorityClass { Metadata = Meta("high", null), Value = 5, PreemptionPolicy = "Always" }),
        ["lease-duration"] = () => CoordinationValidation.ValidateLease(new Lease { Metadata = Meta(), Spec = new LeaseSpec { LeaseDurationSeconds = 0 } }),
        ["lease-transitions"] = () => CoordinationValidation.ValidateLease(new Lease { Metadata = Meta(), Spec = new LeaseSpec { LeaseTransitions = -1 } }),
        ["lease-preferred"] = () => CoordinationValidation.ValidateLease(new Lease { Metadata = Meta(), Spec = new LeaseSpec { PreferredHolder = "node-a" } }),
        ["hpa-min"] = () => AutoscalingValidation.ValidateHorizontalPodAutoscaler(NewAutoscaler(s => s.MinReplicas = 0)),
        ["hpa-max"] = () => AutoscalingValidation.ValidateHorizontalPodAutoscaler(NewAutoscaler(s => s.MaxReplicas = 0)),
        ["hpa-max-below-min"] = () => AutoscalingValidation.ValidateHorizontalPodAutoscaler(NewAutoscaler(s => s.MinReplicas = 6)),
        ["hpa-target"] = () => AutoscalingValidation.ValidateHorizontalPodAutoscaler(NewAutoscaler(s => s.ScaleTargetRef.Name = "")),
        ["ingress-empty"] = () => NetworkingValidation.ValidateIngress(new Ingress { Metadata = Meta() }),
        ["ingress-path-type"] = () => NetworkingValidation.ValidateIngress(NewIngress(p => p.PathType = null)),
        ["ingress-path-type-unknown"] = () => NetworkingValidation.ValidateIngress(NewIngress(p => p.PathType = "Regex")),
        ["ingress-relative"] = () => NetworkingValidation.ValidateIngress(NewIngress(p => p.Path = "api")),
        ["ingress-dotdot"] = () => NetworkingValidation.ValidateIngress(NewIngress(p => p.Path = "/a/../b")),
        ["ingress-both-ports"] = () => NetworkingValidation.ValidateIngress(NewIngress(p => p.Backend.Service!.Port.Name = "http")),
        ["ingress-no-port"] = () => NetworkingValidation.ValidateIngress(NewIngress(p => p.Backend.Service!.Port.Number = null)),
        ["ingress-no-backend"] = () => NetworkingValidation.ValidateIngress(NewIngress(p => p.Backend = new IngressBackend())),
        ["ingress-service-name"] = () => NetworkingValidation.ValidateIngress(NewIngress(p => p.Backend.Service!.Name = "1web")),
        ["ingress-ip-host"] = () => NetworkingValidation.ValidateIngress(NewIngress(_ => { }, s => s.Rules![0].Host = "10.0.0.1")),
        ["ingress-wildcard"] = () => NetworkingValidation.ValidateIngress(NewIngress(_ => { }, s => s.Rules![0].Host = "*example.com")),
        ["ingress-no-paths"] = () => NetworkingValidation.ValidateIngress(NewIngress(_ => { }, s => s.Rules![0].HTTP!.Paths.Clear())),
    };

    public static TheoryData<string, string> Cases => new()
    {
        { "role-verbs", "rules[0].verbs: Required value: verbs must contain at least one value" },
        { "role-groups", "rules[0].apiGroups: Required value: resource rules must supply at least one api group" },
        { "role-resources", "rules[0].resources: Required value: resource rules must supply at least one resource" },
        { "role-urls", "rules[0].nonResourceURLs: Invalid value: []string{\"/healthz\"}: namespaced rules cannot apply to non-resource URLs" },
        { "cluster-role-mixed", "rules[0].nonResourceURLs: Invalid value: []string{\"/metrics\"}: rules cannot apply to both regular resources and non-resource URLs" },
        { "role-name", "metadata.name: Invalid value: \"a/b\": may not contain '/'" },
        { "binding-kind", "roleRef.kind: Unsupported value: \"Pod\": supported values: \"Role\", \"ClusterRole\"" },
        { "binding-group", "roleRef.apiGroup: Unsupported value: \"apps\": supported values: \"rbac.authorization.k8s.io\"" },
        { "binding-subject-kind", "subjects[0].kind: Unsupported value: \"Robot\": supported values: \"ServiceAccount\", \"User\", \"Group\"" },
        { "binding-sa-group", "subjects[0].apiGroup: Unsupported value: \"v1\": supported values: \"\"" },
        { "cluster-binding-sa-namespace", "subjects[0].namespace: Required value" },
        { "cluster-binding-role-kind", "roleRef.kind: Unsupported value: \"Role\": supported values: \"ClusterRole\"" },
        { "binding-roleref-change", "roleRef: Invalid value: {\"apiGroup\":\"rbac.authorization.k8s.io\",\"kind\":\"Role\",\"name\":\"writer\"}: cannot change roleRef" },
        { "pdb-both", "spec: Invalid value: {\"minAvailable\":1,\"selector\":{\"matchLabels\":{\"app\":\"web\"}},\"maxUnavailable\":1}: minAvailable and maxUnavailable cannot be both set" },
        { "pdb-percent", "spec.minAvailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"120%\"}: must not be greater than 100%" },
        { "pdb-negative", "spec.minAvailable: Invalid value: -1: must be greater than or equal to 0" },
        { "pdb-policy", "spec.unhealthyPodEvictionPolicy: Unsupported value: \"Never\": supported values: \"AlwaysAllow\", \"IfHealthyBudget\"" },
        { "priority-value", "value: Forbidden: maximum allowed value of a user defined priority is 1000000000" },
        { "priority-system", "metadata.name: Forbidden: priority class names with 'system-' prefix are reserved for system use only. error: system-important is not a known system priority class" },
        { "priority-system-value", "metadata.name: Forbidden: priority class names with 'system-' prefix are reserved for system use only. error: value of system-node-critical PriorityClass must be 2000001000" },
        { "priority-update", "value: Forbidden: may not be changed in an update." },
        { "priority-preemption", "preemptionPolicy: Unsupported value: \"Always\": supported values: \"Never\", \"PreemptLowerPriority\"" },
        { "lease-duration", "spec.leaseDurationSeconds: Invalid value: 0: must be greater than 0" },
        { "lease-transitions", "spec.leaseTransitions: Invalid value: -1: must be greater than or equal to 0" },
        { "lease-preferred", "spec.preferredHolder: Forbidden: may only be specified if `strategy` is defined" },
        { "hpa-min", "spec.minReplicas: Invalid value: 0: must be greater than or equal to 1" },
        { "hpa-max", "spec.maxReplicas: Invalid value: 0: must be greater than 0" },
        { "hpa-max-below-min", "spec.maxReplicas: Invalid value: 5: must be greater than or equal to `minReplicas`" },
        { "hpa-target", "spec.scaleTargetRef.name: Required value" },
        { "ingress-empty", "spec: Invalid value: []networking.IngressRule(nil): either `defaultBackend` or `rules` must be specified" },
        { "ingress-path-type", "spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified" },
        { "ingress-path-type-unknown", "spec.rules[0].http.paths[0].pathType: Unsupported value: \"Regex\": supported values: \"Exact\", \"ImplementationSpecific\", \"Prefix\"" },
        { "ingress-relative", "spec.rules[0].http.paths[0].path: Invalid value: \"api\": must be an absolute path" },
        { "ingress-dotdot", "spec.rules[0].http.paths[0].path: Invalid value: \"/a/../b\": must not contain '/../'" },
        { "ingress-both-ports", "spec.rules[0].http.paths[0].backend: Invalid value: \"\": cannot set both port name & port number" },
        { "ingress-no-port", "spec.rules[0].http.paths[0].backend: Required value: port name or number is required" },
        { "ingress-no-backend", "spec.rules[0].http.paths[0].backend: Invalid value: \"\": resource or service backend is required" },
        { "ingress-service-name", "spec.rules[0].http.paths[0].backend.service.name: Invalid value: \"1web\": " + Formats.IsDNS1035Label("1web")[0] },
        { "ingress-ip-host", "spec.rules[0].host: Invalid value: \"10.0.0.1\": must be a DNS name, not an IP address" },
        { "ingress-wildcard", "spec.rules[0].host: Invalid value: \"*example.com\": a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com', regex used for validation is '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')" },
        { "ingress-no-paths", "spec.rules[0].http.paths: Required value" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_OneMistake_ReportsUpstreamMessage(string name, string expected)
    {
        var errors = Validations[name]().Select(e => e.ToString()).ToList();

        Assert.Contains(expected, errors);
    }

    [Fact]
    public void Validate_ValidObjects_HaveNoErrors()
    {
        Assert.Empty(RbacValidation.ValidateRole(NewRole(_ => { })));
        Assert.Empty(RbacValidation.ValidateRoleBinding(NewBinding(_ => { })));
        Assert.Empty(PolicyValidation.ValidatePodDisruptionBudget(NewBudget(_ => { })));
        Assert.Empty(AutoscalingValidation.ValidateHorizontalPodAutoscaler(NewAutoscaler(_ => { })));
        Assert.Empty(NetworkingValidation.ValidateIngress(NewIngress(_ => { })));
        Assert.Empty(SchedulingValidation.ValidatePriorityClass(new PriorityClass { Metadata = Meta("system-node-critical", null), Value = 2_000_001_000 }));
        Assert.Empty(CoordinationValidation.ValidateLease(new Lease { Metadata = Meta(), Spec = new LeaseSpec { HolderIdentity = "a", LeaseDurationSeconds = 15 } }));
    }

    [Fact]
    public void SetDefaults_GroupObjects_GetUpstreamDefaults()
    {
        var binding = NewBinding(b => b.Subjects!.Add(new Subject { Kind = "ServiceAccount", Name = "default", Namespace = "default" }));
        var autoscaler = NewAutoscaler(_ => { });
        var priorityClass = new PriorityClass();
        GroupDefaults.SetDefaultsPriorityClass(priorityClass);

        Assert.Equal(RbacValidation.GroupName, binding.RoleRef.APIGroup);
        Assert.Equal([RbacValidation.GroupName, null], binding.Subjects!.Select(s => s.APIGroup));
        Assert.Equal(1, autoscaler.Spec.MinReplicas);
        Assert.Equal(80, Assert.Single(autoscaler.Spec.Metrics!).Resource!.Target.AverageUtilization);
        Assert.Equal("PreemptLowerPriority", priorityClass.PreemptionPolicy);
    }
}
