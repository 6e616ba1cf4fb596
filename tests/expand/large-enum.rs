// Expansion of tests/fixtures/large-enum.yaml; regenerate with UPDATE_SNAPSHOTS=1.
/// Large enum
pub mod large_enum {
    /// A flavor name.
    ///
    /// With more than 1024 values, this is a struct with one constant per value rather than an enum: `Flavor::from_wire(text)` keeps an unlisted value, `is_known()` tells it apart.
    #[derive(Clone, PartialEq, Eq, Hash)]
    pub struct Flavor(::generated_client::__private::LargeEnum);
    #[allow(non_upper_case_globals)]
    impl Flavor {
        /// `s6.small.1`
        pub const S6Small1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(0u32),
        );
        /// `c7.small.1`
        pub const C7Small1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1u32),
        );
        /// `m7.small.1`
        pub const M7Small1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(2u32),
        );
        /// `x1.small.1`
        pub const X1Small1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(3u32),
        );
        /// `ai1s.small.1`
        pub const Ai1sSmall1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(4u32),
        );
        /// `s6.medium.1`
        pub const S6Medium1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(5u32),
        );
        /// `c7.medium.1`
        pub const C7Medium1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(6u32),
        );
        /// `m7.medium.1`
        pub const M7Medium1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(7u32),
        );
        /// `x1.medium.1`
        pub const X1Medium1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(8u32),
        );
        /// `ai1s.medium.1`
        pub const Ai1sMedium1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(9u32),
        );
        /// `s6.large.1`
        pub const S6Large1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(10u32),
        );
        /// `c7.large.1`
        pub const C7Large1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(11u32),
        );
        /// `m7.large.1`
        pub const M7Large1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(12u32),
        );
        /// `x1.large.1`
        pub const X1Large1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(13u32),
        );
        /// `ai1s.large.1`
        pub const Ai1sLarge1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(14u32),
        );
        /// `s6.xlarge.1`
        pub const S6Xlarge1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(15u32),
        );
        /// `c7.xlarge.1`
        pub const C7Xlarge1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(16u32),
        );
        /// `m7.xlarge.1`
        pub const M7Xlarge1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(17u32),
        );
        /// `x1.xlarge.1`
        pub const X1Xlarge1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(18u32),
        );
        /// `ai1s.xlarge.1`
        pub const Ai1sXlarge1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(19u32),
        );
        /// `s6.2xlarge.1`
        pub const S62xlarge1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(20u32),
        );
        /// `c7.2xlarge.1`
        pub const C72xlarge1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(21u32),
        );
        /// `m7.2xlarge.1`
        pub const M72xlarge1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(22u32),
        );
        /// `x1.2xlarge.1`
        pub const X12xlarge1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(23u32),
        );
        /// `ai1s.2xlarge.1`
        pub const Ai1s2xlarge1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(24u32),
        );
        /// `s6.4xlarge.1`
        pub const S64xlarge1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(25u32),
        );
        /// `c7.4xlarge.1`
        pub const C74xlarge1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(26u32),
        );
        /// `m7.4xlarge.1`
        pub const M74xlarge1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(27u32),
        );
        /// `x1.4xlarge.1`
        pub const X14xlarge1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(28u32),
        );
        /// `ai1s.4xlarge.1`
        pub const Ai1s4xlarge1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(29u32),
        );
        /// `s6.8xlarge.1`
        pub const S68xlarge1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(30u32),
        );
        /// `c7.8xlarge.1`
        pub const C78xlarge1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(31u32),
        );
        /// `m7.8xlarge.1`
        pub const M78xlarge1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(32u32),
        );
        /// `x1.8xlarge.1`
        pub const X18xlarge1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(33u32),
        );
        /// `ai1s.8xlarge.1`
        pub const Ai1s8xlarge1: Self = Self(
            ::generated_client::__private::LargeEnum::Known(34u32),
        );
        /// `s6.small.2`
        pub const S6Small2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(35u32),
        );
        /// `c7.small.2`
        pub const C7Small2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(36u32),
        );
        /// `m7.small.2`
        pub const M7Small2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(37u32),
        );
        /// `x1.small.2`
        pub const X1Small2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(38u32),
        );
        /// `ai1s.small.2`
        pub const Ai1sSmall2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(39u32),
        );
        /// `s6.medium.2`
        pub const S6Medium2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(40u32),
        );
        /// `c7.medium.2`
        pub const C7Medium2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(41u32),
        );
        /// `m7.medium.2`
        pub const M7Medium2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(42u32),
        );
        /// `x1.medium.2`
        pub const X1Medium2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(43u32),
        );
        /// `ai1s.medium.2`
        pub const Ai1sMedium2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(44u32),
        );
        /// `s6.large.2`
        pub const S6Large2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(45u32),
        );
        /// `c7.large.2`
        pub const C7Large2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(46u32),
        );
        /// `m7.large.2`
        pub const M7Large2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(47u32),
        );
        /// `x1.large.2`
        pub const X1Large2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(48u32),
        );
        /// `ai1s.large.2`
        pub const Ai1sLarge2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(49u32),
        );
        /// `s6.xlarge.2`
        pub const S6Xlarge2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(50u32),
        );
        /// `c7.xlarge.2`
        pub const C7Xlarge2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(51u32),
        );
        /// `m7.xlarge.2`
        pub const M7Xlarge2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(52u32),
        );
        /// `x1.xlarge.2`
        pub const X1Xlarge2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(53u32),
        );
        /// `ai1s.xlarge.2`
        pub const Ai1sXlarge2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(54u32),
        );
        /// `s6.2xlarge.2`
        pub const S62xlarge2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(55u32),
        );
        /// `c7.2xlarge.2`
        pub const C72xlarge2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(56u32),
        );
        /// `m7.2xlarge.2`
        pub const M72xlarge2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(57u32),
        );
        /// `x1.2xlarge.2`
        pub const X12xlarge2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(58u32),
        );
        /// `ai1s.2xlarge.2`
        pub const Ai1s2xlarge2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(59u32),
        );
        /// `s6.4xlarge.2`
        pub const S64xlarge2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(60u32),
        );
        /// `c7.4xlarge.2`
        pub const C74xlarge2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(61u32),
        );
        /// `m7.4xlarge.2`
        pub const M74xlarge2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(62u32),
        );
        /// `x1.4xlarge.2`
        pub const X14xlarge2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(63u32),
        );
        /// `ai1s.4xlarge.2`
        pub const Ai1s4xlarge2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(64u32),
        );
        /// `s6.8xlarge.2`
        pub const S68xlarge2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(65u32),
        );
        /// `c7.8xlarge.2`
        pub const C78xlarge2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(66u32),
        );
        /// `m7.8xlarge.2`
        pub const M78xlarge2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(67u32),
        );
        /// `x1.8xlarge.2`
        pub const X18xlarge2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(68u32),
        );
        /// `ai1s.8xlarge.2`
        pub const Ai1s8xlarge2: Self = Self(
            ::generated_client::__private::LargeEnum::Known(69u32),
        );
        /// `s6.small.3`
        pub const S6Small3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(70u32),
        );
        /// `c7.small.3`
        pub const C7Small3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(71u32),
        );
        /// `m7.small.3`
        pub const M7Small3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(72u32),
        );
        /// `x1.small.3`
        pub const X1Small3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(73u32),
        );
        /// `ai1s.small.3`
        pub const Ai1sSmall3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(74u32),
        );
        /// `s6.medium.3`
        pub const S6Medium3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(75u32),
        );
        /// `c7.medium.3`
        pub const C7Medium3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(76u32),
        );
        /// `m7.medium.3`
        pub const M7Medium3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(77u32),
        );
        /// `x1.medium.3`
        pub const X1Medium3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(78u32),
        );
        /// `ai1s.medium.3`
        pub const Ai1sMedium3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(79u32),
        );
        /// `s6.large.3`
        pub const S6Large3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(80u32),
        );
        /// `c7.large.3`
        pub const C7Large3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(81u32),
        );
        /// `m7.large.3`
        pub const M7Large3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(82u32),
        );
        /// `x1.large.3`
        pub const X1Large3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(83u32),
        );
        /// `ai1s.large.3`
        pub const Ai1sLarge3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(84u32),
        );
        /// `s6.xlarge.3`
        pub const S6Xlarge3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(85u32),
        );
        /// `c7.xlarge.3`
        pub const C7Xlarge3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(86u32),
        );
        /// `m7.xlarge.3`
        pub const M7Xlarge3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(87u32),
        );
        /// `x1.xlarge.3`
        pub const X1Xlarge3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(88u32),
        );
        /// `ai1s.xlarge.3`
        pub const Ai1sXlarge3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(89u32),
        );
        /// `s6.2xlarge.3`
        pub const S62xlarge3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(90u32),
        );
        /// `c7.2xlarge.3`
        pub const C72xlarge3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(91u32),
        );
        /// `m7.2xlarge.3`
        pub const M72xlarge3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(92u32),
        );
        /// `x1.2xlarge.3`
        pub const X12xlarge3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(93u32),
        );
        /// `ai1s.2xlarge.3`
        pub const Ai1s2xlarge3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(94u32),
        );
        /// `s6.4xlarge.3`
        pub const S64xlarge3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(95u32),
        );
        /// `c7.4xlarge.3`
        pub const C74xlarge3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(96u32),
        );
        /// `m7.4xlarge.3`
        pub const M74xlarge3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(97u32),
        );
        /// `x1.4xlarge.3`
        pub const X14xlarge3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(98u32),
        );
        /// `ai1s.4xlarge.3`
        pub const Ai1s4xlarge3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(99u32),
        );
        /// `s6.8xlarge.3`
        pub const S68xlarge3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(100u32),
        );
        /// `c7.8xlarge.3`
        pub const C78xlarge3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(101u32),
        );
        /// `m7.8xlarge.3`
        pub const M78xlarge3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(102u32),
        );
        /// `x1.8xlarge.3`
        pub const X18xlarge3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(103u32),
        );
        /// `ai1s.8xlarge.3`
        pub const Ai1s8xlarge3: Self = Self(
            ::generated_client::__private::LargeEnum::Known(104u32),
        );
        /// `s6.small.4`
        pub const S6Small4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(105u32),
        );
        /// `c7.small.4`
        pub const C7Small4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(106u32),
        );
        /// `m7.small.4`
        pub const M7Small4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(107u32),
        );
        /// `x1.small.4`
        pub const X1Small4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(108u32),
        );
        /// `ai1s.small.4`
        pub const Ai1sSmall4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(109u32),
        );
        /// `s6.medium.4`
        pub const S6Medium4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(110u32),
        );
        /// `c7.medium.4`
        pub const C7Medium4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(111u32),
        );
        /// `m7.medium.4`
        pub const M7Medium4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(112u32),
        );
        /// `x1.medium.4`
        pub const X1Medium4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(113u32),
        );
        /// `ai1s.medium.4`
        pub const Ai1sMedium4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(114u32),
        );
        /// `s6.large.4`
        pub const S6Large4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(115u32),
        );
        /// `c7.large.4`
        pub const C7Large4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(116u32),
        );
        /// `m7.large.4`
        pub const M7Large4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(117u32),
        );
        /// `x1.large.4`
        pub const X1Large4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(118u32),
        );
        /// `ai1s.large.4`
        pub const Ai1sLarge4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(119u32),
        );
        /// `s6.xlarge.4`
        pub const S6Xlarge4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(120u32),
        );
        /// `c7.xlarge.4`
        pub const C7Xlarge4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(121u32),
        );
        /// `m7.xlarge.4`
        pub const M7Xlarge4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(122u32),
        );
        /// `x1.xlarge.4`
        pub const X1Xlarge4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(123u32),
        );
        /// `ai1s.xlarge.4`
        pub const Ai1sXlarge4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(124u32),
        );
        /// `s6.2xlarge.4`
        pub const S62xlarge4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(125u32),
        );
        /// `c7.2xlarge.4`
        pub const C72xlarge4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(126u32),
        );
        /// `m7.2xlarge.4`
        pub const M72xlarge4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(127u32),
        );
        /// `x1.2xlarge.4`
        pub const X12xlarge4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(128u32),
        );
        /// `ai1s.2xlarge.4`
        pub const Ai1s2xlarge4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(129u32),
        );
        /// `s6.4xlarge.4`
        pub const S64xlarge4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(130u32),
        );
        /// `c7.4xlarge.4`
        pub const C74xlarge4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(131u32),
        );
        /// `m7.4xlarge.4`
        pub const M74xlarge4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(132u32),
        );
        /// `x1.4xlarge.4`
        pub const X14xlarge4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(133u32),
        );
        /// `ai1s.4xlarge.4`
        pub const Ai1s4xlarge4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(134u32),
        );
        /// `s6.8xlarge.4`
        pub const S68xlarge4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(135u32),
        );
        /// `c7.8xlarge.4`
        pub const C78xlarge4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(136u32),
        );
        /// `m7.8xlarge.4`
        pub const M78xlarge4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(137u32),
        );
        /// `x1.8xlarge.4`
        pub const X18xlarge4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(138u32),
        );
        /// `ai1s.8xlarge.4`
        pub const Ai1s8xlarge4: Self = Self(
            ::generated_client::__private::LargeEnum::Known(139u32),
        );
        /// `s6.small.5`
        pub const S6Small5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(140u32),
        );
        /// `c7.small.5`
        pub const C7Small5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(141u32),
        );
        /// `m7.small.5`
        pub const M7Small5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(142u32),
        );
        /// `x1.small.5`
        pub const X1Small5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(143u32),
        );
        /// `ai1s.small.5`
        pub const Ai1sSmall5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(144u32),
        );
        /// `s6.medium.5`
        pub const S6Medium5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(145u32),
        );
        /// `c7.medium.5`
        pub const C7Medium5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(146u32),
        );
        /// `m7.medium.5`
        pub const M7Medium5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(147u32),
        );
        /// `x1.medium.5`
        pub const X1Medium5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(148u32),
        );
        /// `ai1s.medium.5`
        pub const Ai1sMedium5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(149u32),
        );
        /// `s6.large.5`
        pub const S6Large5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(150u32),
        );
        /// `c7.large.5`
        pub const C7Large5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(151u32),
        );
        /// `m7.large.5`
        pub const M7Large5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(152u32),
        );
        /// `x1.large.5`
        pub const X1Large5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(153u32),
        );
        /// `ai1s.large.5`
        pub const Ai1sLarge5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(154u32),
        );
        /// `s6.xlarge.5`
        pub const S6Xlarge5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(155u32),
        );
        /// `c7.xlarge.5`
        pub const C7Xlarge5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(156u32),
        );
        /// `m7.xlarge.5`
        pub const M7Xlarge5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(157u32),
        );
        /// `x1.xlarge.5`
        pub const X1Xlarge5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(158u32),
        );
        /// `ai1s.xlarge.5`
        pub const Ai1sXlarge5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(159u32),
        );
        /// `s6.2xlarge.5`
        pub const S62xlarge5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(160u32),
        );
        /// `c7.2xlarge.5`
        pub const C72xlarge5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(161u32),
        );
        /// `m7.2xlarge.5`
        pub const M72xlarge5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(162u32),
        );
        /// `x1.2xlarge.5`
        pub const X12xlarge5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(163u32),
        );
        /// `ai1s.2xlarge.5`
        pub const Ai1s2xlarge5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(164u32),
        );
        /// `s6.4xlarge.5`
        pub const S64xlarge5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(165u32),
        );
        /// `c7.4xlarge.5`
        pub const C74xlarge5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(166u32),
        );
        /// `m7.4xlarge.5`
        pub const M74xlarge5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(167u32),
        );
        /// `x1.4xlarge.5`
        pub const X14xlarge5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(168u32),
        );
        /// `ai1s.4xlarge.5`
        pub const Ai1s4xlarge5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(169u32),
        );
        /// `s6.8xlarge.5`
        pub const S68xlarge5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(170u32),
        );
        /// `c7.8xlarge.5`
        pub const C78xlarge5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(171u32),
        );
        /// `m7.8xlarge.5`
        pub const M78xlarge5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(172u32),
        );
        /// `x1.8xlarge.5`
        pub const X18xlarge5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(173u32),
        );
        /// `ai1s.8xlarge.5`
        pub const Ai1s8xlarge5: Self = Self(
            ::generated_client::__private::LargeEnum::Known(174u32),
        );
        /// `s6.small.6`
        pub const S6Small6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(175u32),
        );
        /// `c7.small.6`
        pub const C7Small6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(176u32),
        );
        /// `m7.small.6`
        pub const M7Small6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(177u32),
        );
        /// `x1.small.6`
        pub const X1Small6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(178u32),
        );
        /// `ai1s.small.6`
        pub const Ai1sSmall6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(179u32),
        );
        /// `s6.medium.6`
        pub const S6Medium6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(180u32),
        );
        /// `c7.medium.6`
        pub const C7Medium6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(181u32),
        );
        /// `m7.medium.6`
        pub const M7Medium6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(182u32),
        );
        /// `x1.medium.6`
        pub const X1Medium6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(183u32),
        );
        /// `ai1s.medium.6`
        pub const Ai1sMedium6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(184u32),
        );
        /// `s6.large.6`
        pub const S6Large6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(185u32),
        );
        /// `c7.large.6`
        pub const C7Large6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(186u32),
        );
        /// `m7.large.6`
        pub const M7Large6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(187u32),
        );
        /// `x1.large.6`
        pub const X1Large6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(188u32),
        );
        /// `ai1s.large.6`
        pub const Ai1sLarge6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(189u32),
        );
        /// `s6.xlarge.6`
        pub const S6Xlarge6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(190u32),
        );
        /// `c7.xlarge.6`
        pub const C7Xlarge6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(191u32),
        );
        /// `m7.xlarge.6`
        pub const M7Xlarge6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(192u32),
        );
        /// `x1.xlarge.6`
        pub const X1Xlarge6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(193u32),
        );
        /// `ai1s.xlarge.6`
        pub const Ai1sXlarge6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(194u32),
        );
        /// `s6.2xlarge.6`
        pub const S62xlarge6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(195u32),
        );
        /// `c7.2xlarge.6`
        pub const C72xlarge6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(196u32),
        );
        /// `m7.2xlarge.6`
        pub const M72xlarge6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(197u32),
        );
        /// `x1.2xlarge.6`
        pub const X12xlarge6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(198u32),
        );
        /// `ai1s.2xlarge.6`
        pub const Ai1s2xlarge6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(199u32),
        );
        /// `s6.4xlarge.6`
        pub const S64xlarge6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(200u32),
        );
        /// `c7.4xlarge.6`
        pub const C74xlarge6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(201u32),
        );
        /// `m7.4xlarge.6`
        pub const M74xlarge6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(202u32),
        );
        /// `x1.4xlarge.6`
        pub const X14xlarge6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(203u32),
        );
        /// `ai1s.4xlarge.6`
        pub const Ai1s4xlarge6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(204u32),
        );
        /// `s6.8xlarge.6`
        pub const S68xlarge6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(205u32),
        );
        /// `c7.8xlarge.6`
        pub const C78xlarge6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(206u32),
        );
        /// `m7.8xlarge.6`
        pub const M78xlarge6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(207u32),
        );
        /// `x1.8xlarge.6`
        pub const X18xlarge6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(208u32),
        );
        /// `ai1s.8xlarge.6`
        pub const Ai1s8xlarge6: Self = Self(
            ::generated_client::__private::LargeEnum::Known(209u32),
        );
        /// `s6.small.7`
        pub const S6Small7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(210u32),
        );
        /// `c7.small.7`
        pub const C7Small7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(211u32),
        );
        /// `m7.small.7`
        pub const M7Small7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(212u32),
        );
        /// `x1.small.7`
        pub const X1Small7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(213u32),
        );
        /// `ai1s.small.7`
        pub const Ai1sSmall7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(214u32),
        );
        /// `s6.medium.7`
        pub const S6Medium7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(215u32),
        );
        /// `c7.medium.7`
        pub const C7Medium7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(216u32),
        );
        /// `m7.medium.7`
        pub const M7Medium7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(217u32),
        );
        /// `x1.medium.7`
        pub const X1Medium7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(218u32),
        );
        /// `ai1s.medium.7`
        pub const Ai1sMedium7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(219u32),
        );
        /// `s6.large.7`
        pub const S6Large7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(220u32),
        );
        /// `c7.large.7`
        pub const C7Large7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(221u32),
        );
        /// `m7.large.7`
        pub const M7Large7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(222u32),
        );
        /// `x1.large.7`
        pub const X1Large7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(223u32),
        );
        /// `ai1s.large.7`
        pub const Ai1sLarge7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(224u32),
        );
        /// `s6.xlarge.7`
        pub const S6Xlarge7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(225u32),
        );
        /// `c7.xlarge.7`
        pub const C7Xlarge7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(226u32),
        );
        /// `m7.xlarge.7`
        pub const M7Xlarge7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(227u32),
        );
        /// `x1.xlarge.7`
        pub const X1Xlarge7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(228u32),
        );
        /// `ai1s.xlarge.7`
        pub const Ai1sXlarge7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(229u32),
        );
        /// `s6.2xlarge.7`
        pub const S62xlarge7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(230u32),
        );
        /// `c7.2xlarge.7`
        pub const C72xlarge7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(231u32),
        );
        /// `m7.2xlarge.7`
        pub const M72xlarge7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(232u32),
        );
        /// `x1.2xlarge.7`
        pub const X12xlarge7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(233u32),
        );
        /// `ai1s.2xlarge.7`
        pub const Ai1s2xlarge7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(234u32),
        );
        /// `s6.4xlarge.7`
        pub const S64xlarge7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(235u32),
        );
        /// `c7.4xlarge.7`
        pub const C74xlarge7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(236u32),
        );
        /// `m7.4xlarge.7`
        pub const M74xlarge7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(237u32),
        );
        /// `x1.4xlarge.7`
        pub const X14xlarge7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(238u32),
        );
        /// `ai1s.4xlarge.7`
        pub const Ai1s4xlarge7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(239u32),
        );
        /// `s6.8xlarge.7`
        pub const S68xlarge7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(240u32),
        );
        /// `c7.8xlarge.7`
        pub const C78xlarge7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(241u32),
        );
        /// `m7.8xlarge.7`
        pub const M78xlarge7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(242u32),
        );
        /// `x1.8xlarge.7`
        pub const X18xlarge7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(243u32),
        );
        /// `ai1s.8xlarge.7`
        pub const Ai1s8xlarge7: Self = Self(
            ::generated_client::__private::LargeEnum::Known(244u32),
        );
        /// `s6.small.8`
        pub const S6Small8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(245u32),
        );
        /// `c7.small.8`
        pub const C7Small8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(246u32),
        );
        /// `m7.small.8`
        pub const M7Small8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(247u32),
        );
        /// `x1.small.8`
        pub const X1Small8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(248u32),
        );
        /// `ai1s.small.8`
        pub const Ai1sSmall8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(249u32),
        );
        /// `s6.medium.8`
        pub const S6Medium8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(250u32),
        );
        /// `c7.medium.8`
        pub const C7Medium8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(251u32),
        );
        /// `m7.medium.8`
        pub const M7Medium8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(252u32),
        );
        /// `x1.medium.8`
        pub const X1Medium8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(253u32),
        );
        /// `ai1s.medium.8`
        pub const Ai1sMedium8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(254u32),
        );
        /// `s6.large.8`
        pub const S6Large8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(255u32),
        );
        /// `c7.large.8`
        pub const C7Large8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(256u32),
        );
        /// `m7.large.8`
        pub const M7Large8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(257u32),
        );
        /// `x1.large.8`
        pub const X1Large8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(258u32),
        );
        /// `ai1s.large.8`
        pub const Ai1sLarge8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(259u32),
        );
        /// `s6.xlarge.8`
        pub const S6Xlarge8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(260u32),
        );
        /// `c7.xlarge.8`
        pub const C7Xlarge8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(261u32),
        );
        /// `m7.xlarge.8`
        pub const M7Xlarge8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(262u32),
        );
        /// `x1.xlarge.8`
        pub const X1Xlarge8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(263u32),
        );
        /// `ai1s.xlarge.8`
        pub const Ai1sXlarge8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(264u32),
        );
        /// `s6.2xlarge.8`
        pub const S62xlarge8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(265u32),
        );
        /// `c7.2xlarge.8`
        pub const C72xlarge8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(266u32),
        );
        /// `m7.2xlarge.8`
        pub const M72xlarge8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(267u32),
        );
        /// `x1.2xlarge.8`
        pub const X12xlarge8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(268u32),
        );
        /// `ai1s.2xlarge.8`
        pub const Ai1s2xlarge8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(269u32),
        );
        /// `s6.4xlarge.8`
        pub const S64xlarge8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(270u32),
        );
        /// `c7.4xlarge.8`
        pub const C74xlarge8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(271u32),
        );
        /// `m7.4xlarge.8`
        pub const M74xlarge8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(272u32),
        );
        /// `x1.4xlarge.8`
        pub const X14xlarge8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(273u32),
        );
        /// `ai1s.4xlarge.8`
        pub const Ai1s4xlarge8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(274u32),
        );
        /// `s6.8xlarge.8`
        pub const S68xlarge8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(275u32),
        );
        /// `c7.8xlarge.8`
        pub const C78xlarge8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(276u32),
        );
        /// `m7.8xlarge.8`
        pub const M78xlarge8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(277u32),
        );
        /// `x1.8xlarge.8`
        pub const X18xlarge8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(278u32),
        );
        /// `ai1s.8xlarge.8`
        pub const Ai1s8xlarge8: Self = Self(
            ::generated_client::__private::LargeEnum::Known(279u32),
        );
        /// `s6.small.9`
        pub const S6Small9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(280u32),
        );
        /// `c7.small.9`
        pub const C7Small9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(281u32),
        );
        /// `m7.small.9`
        pub const M7Small9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(282u32),
        );
        /// `x1.small.9`
        pub const X1Small9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(283u32),
        );
        /// `ai1s.small.9`
        pub const Ai1sSmall9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(284u32),
        );
        /// `s6.medium.9`
        pub const S6Medium9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(285u32),
        );
        /// `c7.medium.9`
        pub const C7Medium9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(286u32),
        );
        /// `m7.medium.9`
        pub const M7Medium9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(287u32),
        );
        /// `x1.medium.9`
        pub const X1Medium9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(288u32),
        );
        /// `ai1s.medium.9`
        pub const Ai1sMedium9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(289u32),
        );
        /// `s6.large.9`
        pub const S6Large9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(290u32),
        );
        /// `c7.large.9`
        pub const C7Large9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(291u32),
        );
        /// `m7.large.9`
        pub const M7Large9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(292u32),
        );
        /// `x1.large.9`
        pub const X1Large9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(293u32),
        );
        /// `ai1s.large.9`
        pub const Ai1sLarge9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(294u32),
        );
        /// `s6.xlarge.9`
        pub const S6Xlarge9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(295u32),
        );
        /// `c7.xlarge.9`
        pub const C7Xlarge9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(296u32),
        );
        /// `m7.xlarge.9`
        pub const M7Xlarge9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(297u32),
        );
        /// `x1.xlarge.9`
        pub const X1Xlarge9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(298u32),
        );
        /// `ai1s.xlarge.9`
        pub const Ai1sXlarge9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(299u32),
        );
        /// `s6.2xlarge.9`
        pub const S62xlarge9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(300u32),
        );
        /// `c7.2xlarge.9`
        pub const C72xlarge9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(301u32),
        );
        /// `m7.2xlarge.9`
        pub const M72xlarge9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(302u32),
        );
        /// `x1.2xlarge.9`
        pub const X12xlarge9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(303u32),
        );
        /// `ai1s.2xlarge.9`
        pub const Ai1s2xlarge9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(304u32),
        );
        /// `s6.4xlarge.9`
        pub const S64xlarge9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(305u32),
        );
        /// `c7.4xlarge.9`
        pub const C74xlarge9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(306u32),
        );
        /// `m7.4xlarge.9`
        pub const M74xlarge9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(307u32),
        );
        /// `x1.4xlarge.9`
        pub const X14xlarge9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(308u32),
        );
        /// `ai1s.4xlarge.9`
        pub const Ai1s4xlarge9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(309u32),
        );
        /// `s6.8xlarge.9`
        pub const S68xlarge9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(310u32),
        );
        /// `c7.8xlarge.9`
        pub const C78xlarge9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(311u32),
        );
        /// `m7.8xlarge.9`
        pub const M78xlarge9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(312u32),
        );
        /// `x1.8xlarge.9`
        pub const X18xlarge9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(313u32),
        );
        /// `ai1s.8xlarge.9`
        pub const Ai1s8xlarge9: Self = Self(
            ::generated_client::__private::LargeEnum::Known(314u32),
        );
        /// `s6.small.10`
        pub const S6Small10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(315u32),
        );
        /// `c7.small.10`
        pub const C7Small10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(316u32),
        );
        /// `m7.small.10`
        pub const M7Small10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(317u32),
        );
        /// `x1.small.10`
        pub const X1Small10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(318u32),
        );
        /// `ai1s.small.10`
        pub const Ai1sSmall10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(319u32),
        );
        /// `s6.medium.10`
        pub const S6Medium10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(320u32),
        );
        /// `c7.medium.10`
        pub const C7Medium10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(321u32),
        );
        /// `m7.medium.10`
        pub const M7Medium10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(322u32),
        );
        /// `x1.medium.10`
        pub const X1Medium10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(323u32),
        );
        /// `ai1s.medium.10`
        pub const Ai1sMedium10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(324u32),
        );
        /// `s6.large.10`
        pub const S6Large10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(325u32),
        );
        /// `c7.large.10`
        pub const C7Large10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(326u32),
        );
        /// `m7.large.10`
        pub const M7Large10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(327u32),
        );
        /// `x1.large.10`
        pub const X1Large10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(328u32),
        );
        /// `ai1s.large.10`
        pub const Ai1sLarge10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(329u32),
        );
        /// `s6.xlarge.10`
        pub const S6Xlarge10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(330u32),
        );
        /// `c7.xlarge.10`
        pub const C7Xlarge10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(331u32),
        );
        /// `m7.xlarge.10`
        pub const M7Xlarge10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(332u32),
        );
        /// `x1.xlarge.10`
        pub const X1Xlarge10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(333u32),
        );
        /// `ai1s.xlarge.10`
        pub const Ai1sXlarge10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(334u32),
        );
        /// `s6.2xlarge.10`
        pub const S62xlarge10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(335u32),
        );
        /// `c7.2xlarge.10`
        pub const C72xlarge10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(336u32),
        );
        /// `m7.2xlarge.10`
        pub const M72xlarge10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(337u32),
        );
        /// `x1.2xlarge.10`
        pub const X12xlarge10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(338u32),
        );
        /// `ai1s.2xlarge.10`
        pub const Ai1s2xlarge10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(339u32),
        );
        /// `s6.4xlarge.10`
        pub const S64xlarge10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(340u32),
        );
        /// `c7.4xlarge.10`
        pub const C74xlarge10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(341u32),
        );
        /// `m7.4xlarge.10`
        pub const M74xlarge10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(342u32),
        );
        /// `x1.4xlarge.10`
        pub const X14xlarge10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(343u32),
        );
        /// `ai1s.4xlarge.10`
        pub const Ai1s4xlarge10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(344u32),
        );
        /// `s6.8xlarge.10`
        pub const S68xlarge10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(345u32),
        );
        /// `c7.8xlarge.10`
        pub const C78xlarge10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(346u32),
        );
        /// `m7.8xlarge.10`
        pub const M78xlarge10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(347u32),
        );
        /// `x1.8xlarge.10`
        pub const X18xlarge10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(348u32),
        );
        /// `ai1s.8xlarge.10`
        pub const Ai1s8xlarge10: Self = Self(
            ::generated_client::__private::LargeEnum::Known(349u32),
        );
        /// `s6.small.11`
        pub const S6Small11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(350u32),
        );
        /// `c7.small.11`
        pub const C7Small11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(351u32),
        );
        /// `m7.small.11`
        pub const M7Small11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(352u32),
        );
        /// `x1.small.11`
        pub const X1Small11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(353u32),
        );
        /// `ai1s.small.11`
        pub const Ai1sSmall11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(354u32),
        );
        /// `s6.medium.11`
        pub const S6Medium11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(355u32),
        );
        /// `c7.medium.11`
        pub const C7Medium11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(356u32),
        );
        /// `m7.medium.11`
        pub const M7Medium11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(357u32),
        );
        /// `x1.medium.11`
        pub const X1Medium11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(358u32),
        );
        /// `ai1s.medium.11`
        pub const Ai1sMedium11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(359u32),
        );
        /// `s6.large.11`
        pub const S6Large11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(360u32),
        );
        /// `c7.large.11`
        pub const C7Large11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(361u32),
        );
        /// `m7.large.11`
        pub const M7Large11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(362u32),
        );
        /// `x1.large.11`
        pub const X1Large11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(363u32),
        );
        /// `ai1s.large.11`
        pub const Ai1sLarge11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(364u32),
        );
        /// `s6.xlarge.11`
        pub const S6Xlarge11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(365u32),
        );
        /// `c7.xlarge.11`
        pub const C7Xlarge11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(366u32),
        );
        /// `m7.xlarge.11`
        pub const M7Xlarge11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(367u32),
        );
        /// `x1.xlarge.11`
        pub const X1Xlarge11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(368u32),
        );
        /// `ai1s.xlarge.11`
        pub const Ai1sXlarge11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(369u32),
        );
        /// `s6.2xlarge.11`
        pub const S62xlarge11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(370u32),
        );
        /// `c7.2xlarge.11`
        pub const C72xlarge11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(371u32),
        );
        /// `m7.2xlarge.11`
        pub const M72xlarge11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(372u32),
        );
        /// `x1.2xlarge.11`
        pub const X12xlarge11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(373u32),
        );
        /// `ai1s.2xlarge.11`
        pub const Ai1s2xlarge11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(374u32),
        );
        /// `s6.4xlarge.11`
        pub const S64xlarge11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(375u32),
        );
        /// `c7.4xlarge.11`
        pub const C74xlarge11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(376u32),
        );
        /// `m7.4xlarge.11`
        pub const M74xlarge11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(377u32),
        );
        /// `x1.4xlarge.11`
        pub const X14xlarge11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(378u32),
        );
        /// `ai1s.4xlarge.11`
        pub const Ai1s4xlarge11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(379u32),
        );
        /// `s6.8xlarge.11`
        pub const S68xlarge11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(380u32),
        );
        /// `c7.8xlarge.11`
        pub const C78xlarge11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(381u32),
        );
        /// `m7.8xlarge.11`
        pub const M78xlarge11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(382u32),
        );
        /// `x1.8xlarge.11`
        pub const X18xlarge11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(383u32),
        );
        /// `ai1s.8xlarge.11`
        pub const Ai1s8xlarge11: Self = Self(
            ::generated_client::__private::LargeEnum::Known(384u32),
        );
        /// `s6.small.12`
        pub const S6Small12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(385u32),
        );
        /// `c7.small.12`
        pub const C7Small12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(386u32),
        );
        /// `m7.small.12`
        pub const M7Small12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(387u32),
        );
        /// `x1.small.12`
        pub const X1Small12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(388u32),
        );
        /// `ai1s.small.12`
        pub const Ai1sSmall12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(389u32),
        );
        /// `s6.medium.12`
        pub const S6Medium12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(390u32),
        );
        /// `c7.medium.12`
        pub const C7Medium12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(391u32),
        );
        /// `m7.medium.12`
        pub const M7Medium12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(392u32),
        );
        /// `x1.medium.12`
        pub const X1Medium12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(393u32),
        );
        /// `ai1s.medium.12`
        pub const Ai1sMedium12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(394u32),
        );
        /// `s6.large.12`
        pub const S6Large12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(395u32),
        );
        /// `c7.large.12`
        pub const C7Large12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(396u32),
        );
        /// `m7.large.12`
        pub const M7Large12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(397u32),
        );
        /// `x1.large.12`
        pub const X1Large12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(398u32),
        );
        /// `ai1s.large.12`
        pub const Ai1sLarge12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(399u32),
        );
        /// `s6.xlarge.12`
        pub const S6Xlarge12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(400u32),
        );
        /// `c7.xlarge.12`
        pub const C7Xlarge12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(401u32),
        );
        /// `m7.xlarge.12`
        pub const M7Xlarge12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(402u32),
        );
        /// `x1.xlarge.12`
        pub const X1Xlarge12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(403u32),
        );
        /// `ai1s.xlarge.12`
        pub const Ai1sXlarge12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(404u32),
        );
        /// `s6.2xlarge.12`
        pub const S62xlarge12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(405u32),
        );
        /// `c7.2xlarge.12`
        pub const C72xlarge12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(406u32),
        );
        /// `m7.2xlarge.12`
        pub const M72xlarge12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(407u32),
        );
        /// `x1.2xlarge.12`
        pub const X12xlarge12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(408u32),
        );
        /// `ai1s.2xlarge.12`
        pub const Ai1s2xlarge12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(409u32),
        );
        /// `s6.4xlarge.12`
        pub const S64xlarge12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(410u32),
        );
        /// `c7.4xlarge.12`
        pub const C74xlarge12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(411u32),
        );
        /// `m7.4xlarge.12`
        pub const M74xlarge12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(412u32),
        );
        /// `x1.4xlarge.12`
        pub const X14xlarge12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(413u32),
        );
        /// `ai1s.4xlarge.12`
        pub const Ai1s4xlarge12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(414u32),
        );
        /// `s6.8xlarge.12`
        pub const S68xlarge12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(415u32),
        );
        /// `c7.8xlarge.12`
        pub const C78xlarge12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(416u32),
        );
        /// `m7.8xlarge.12`
        pub const M78xlarge12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(417u32),
        );
        /// `x1.8xlarge.12`
        pub const X18xlarge12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(418u32),
        );
        /// `ai1s.8xlarge.12`
        pub const Ai1s8xlarge12: Self = Self(
            ::generated_client::__private::LargeEnum::Known(419u32),
        );
        /// `s6.small.13`
        pub const S6Small13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(420u32),
        );
        /// `c7.small.13`
        pub const C7Small13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(421u32),
        );
        /// `m7.small.13`
        pub const M7Small13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(422u32),
        );
        /// `x1.small.13`
        pub const X1Small13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(423u32),
        );
        /// `ai1s.small.13`
        pub const Ai1sSmall13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(424u32),
        );
        /// `s6.medium.13`
        pub const S6Medium13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(425u32),
        );
        /// `c7.medium.13`
        pub const C7Medium13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(426u32),
        );
        /// `m7.medium.13`
        pub const M7Medium13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(427u32),
        );
        /// `x1.medium.13`
        pub const X1Medium13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(428u32),
        );
        /// `ai1s.medium.13`
        pub const Ai1sMedium13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(429u32),
        );
        /// `s6.large.13`
        pub const S6Large13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(430u32),
        );
        /// `c7.large.13`
        pub const C7Large13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(431u32),
        );
        /// `m7.large.13`
        pub const M7Large13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(432u32),
        );
        /// `x1.large.13`
        pub const X1Large13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(433u32),
        );
        /// `ai1s.large.13`
        pub const Ai1sLarge13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(434u32),
        );
        /// `s6.xlarge.13`
        pub const S6Xlarge13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(435u32),
        );
        /// `c7.xlarge.13`
        pub const C7Xlarge13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(436u32),
        );
        /// `m7.xlarge.13`
        pub const M7Xlarge13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(437u32),
        );
        /// `x1.xlarge.13`
        pub const X1Xlarge13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(438u32),
        );
        /// `ai1s.xlarge.13`
        pub const Ai1sXlarge13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(439u32),
        );
        /// `s6.2xlarge.13`
        pub const S62xlarge13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(440u32),
        );
        /// `c7.2xlarge.13`
        pub const C72xlarge13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(441u32),
        );
        /// `m7.2xlarge.13`
        pub const M72xlarge13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(442u32),
        );
        /// `x1.2xlarge.13`
        pub const X12xlarge13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(443u32),
        );
        /// `ai1s.2xlarge.13`
        pub const Ai1s2xlarge13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(444u32),
        );
        /// `s6.4xlarge.13`
        pub const S64xlarge13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(445u32),
        );
        /// `c7.4xlarge.13`
        pub const C74xlarge13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(446u32),
        );
        /// `m7.4xlarge.13`
        pub const M74xlarge13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(447u32),
        );
        /// `x1.4xlarge.13`
        pub const X14xlarge13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(448u32),
        );
        /// `ai1s.4xlarge.13`
        pub const Ai1s4xlarge13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(449u32),
        );
        /// `s6.8xlarge.13`
        pub const S68xlarge13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(450u32),
        );
        /// `c7.8xlarge.13`
        pub const C78xlarge13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(451u32),
        );
        /// `m7.8xlarge.13`
        pub const M78xlarge13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(452u32),
        );
        /// `x1.8xlarge.13`
        pub const X18xlarge13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(453u32),
        );
        /// `ai1s.8xlarge.13`
        pub const Ai1s8xlarge13: Self = Self(
            ::generated_client::__private::LargeEnum::Known(454u32),
        );
        /// `s6.small.14`
        pub const S6Small14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(455u32),
        );
        /// `c7.small.14`
        pub const C7Small14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(456u32),
        );
        /// `m7.small.14`
        pub const M7Small14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(457u32),
        );
        /// `x1.small.14`
        pub const X1Small14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(458u32),
        );
        /// `ai1s.small.14`
        pub const Ai1sSmall14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(459u32),
        );
        /// `s6.medium.14`
        pub const S6Medium14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(460u32),
        );
        /// `c7.medium.14`
        pub const C7Medium14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(461u32),
        );
        /// `m7.medium.14`
        pub const M7Medium14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(462u32),
        );
        /// `x1.medium.14`
        pub const X1Medium14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(463u32),
        );
        /// `ai1s.medium.14`
        pub const Ai1sMedium14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(464u32),
        );
        /// `s6.large.14`
        pub const S6Large14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(465u32),
        );
        /// `c7.large.14`
        pub const C7Large14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(466u32),
        );
        /// `m7.large.14`
        pub const M7Large14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(467u32),
        );
        /// `x1.large.14`
        pub const X1Large14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(468u32),
        );
        /// `ai1s.large.14`
        pub const Ai1sLarge14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(469u32),
        );
        /// `s6.xlarge.14`
        pub const S6Xlarge14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(470u32),
        );
        /// `c7.xlarge.14`
        pub const C7Xlarge14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(471u32),
        );
        /// `m7.xlarge.14`
        pub const M7Xlarge14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(472u32),
        );
        /// `x1.xlarge.14`
        pub const X1Xlarge14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(473u32),
        );
        /// `ai1s.xlarge.14`
        pub const Ai1sXlarge14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(474u32),
        );
        /// `s6.2xlarge.14`
        pub const S62xlarge14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(475u32),
        );
        /// `c7.2xlarge.14`
        pub const C72xlarge14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(476u32),
        );
        /// `m7.2xlarge.14`
        pub const M72xlarge14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(477u32),
        );
        /// `x1.2xlarge.14`
        pub const X12xlarge14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(478u32),
        );
        /// `ai1s.2xlarge.14`
        pub const Ai1s2xlarge14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(479u32),
        );
        /// `s6.4xlarge.14`
        pub const S64xlarge14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(480u32),
        );
        /// `c7.4xlarge.14`
        pub const C74xlarge14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(481u32),
        );
        /// `m7.4xlarge.14`
        pub const M74xlarge14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(482u32),
        );
        /// `x1.4xlarge.14`
        pub const X14xlarge14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(483u32),
        );
        /// `ai1s.4xlarge.14`
        pub const Ai1s4xlarge14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(484u32),
        );
        /// `s6.8xlarge.14`
        pub const S68xlarge14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(485u32),
        );
        /// `c7.8xlarge.14`
        pub const C78xlarge14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(486u32),
        );
        /// `m7.8xlarge.14`
        pub const M78xlarge14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(487u32),
        );
        /// `x1.8xlarge.14`
        pub const X18xlarge14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(488u32),
        );
        /// `ai1s.8xlarge.14`
        pub const Ai1s8xlarge14: Self = Self(
            ::generated_client::__private::LargeEnum::Known(489u32),
        );
        /// `s6.small.15`
        pub const S6Small15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(490u32),
        );
        /// `c7.small.15`
        pub const C7Small15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(491u32),
        );
        /// `m7.small.15`
        pub const M7Small15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(492u32),
        );
        /// `x1.small.15`
        pub const X1Small15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(493u32),
        );
        /// `ai1s.small.15`
        pub const Ai1sSmall15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(494u32),
        );
        /// `s6.medium.15`
        pub const S6Medium15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(495u32),
        );
        /// `c7.medium.15`
        pub const C7Medium15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(496u32),
        );
        /// `m7.medium.15`
        pub const M7Medium15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(497u32),
        );
        /// `x1.medium.15`
        pub const X1Medium15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(498u32),
        );
        /// `ai1s.medium.15`
        pub const Ai1sMedium15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(499u32),
        );
        /// `s6.large.15`
        pub const S6Large15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(500u32),
        );
        /// `c7.large.15`
        pub const C7Large15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(501u32),
        );
        /// `m7.large.15`
        pub const M7Large15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(502u32),
        );
        /// `x1.large.15`
        pub const X1Large15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(503u32),
        );
        /// `ai1s.large.15`
        pub const Ai1sLarge15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(504u32),
        );
        /// `s6.xlarge.15`
        pub const S6Xlarge15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(505u32),
        );
        /// `c7.xlarge.15`
        pub const C7Xlarge15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(506u32),
        );
        /// `m7.xlarge.15`
        pub const M7Xlarge15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(507u32),
        );
        /// `x1.xlarge.15`
        pub const X1Xlarge15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(508u32),
        );
        /// `ai1s.xlarge.15`
        pub const Ai1sXlarge15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(509u32),
        );
        /// `s6.2xlarge.15`
        pub const S62xlarge15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(510u32),
        );
        /// `c7.2xlarge.15`
        pub const C72xlarge15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(511u32),
        );
        /// `m7.2xlarge.15`
        pub const M72xlarge15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(512u32),
        );
        /// `x1.2xlarge.15`
        pub const X12xlarge15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(513u32),
        );
        /// `ai1s.2xlarge.15`
        pub const Ai1s2xlarge15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(514u32),
        );
        /// `s6.4xlarge.15`
        pub const S64xlarge15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(515u32),
        );
        /// `c7.4xlarge.15`
        pub const C74xlarge15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(516u32),
        );
        /// `m7.4xlarge.15`
        pub const M74xlarge15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(517u32),
        );
        /// `x1.4xlarge.15`
        pub const X14xlarge15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(518u32),
        );
        /// `ai1s.4xlarge.15`
        pub const Ai1s4xlarge15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(519u32),
        );
        /// `s6.8xlarge.15`
        pub const S68xlarge15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(520u32),
        );
        /// `c7.8xlarge.15`
        pub const C78xlarge15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(521u32),
        );
        /// `m7.8xlarge.15`
        pub const M78xlarge15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(522u32),
        );
        /// `x1.8xlarge.15`
        pub const X18xlarge15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(523u32),
        );
        /// `ai1s.8xlarge.15`
        pub const Ai1s8xlarge15: Self = Self(
            ::generated_client::__private::LargeEnum::Known(524u32),
        );
        /// `s6.small.16`
        pub const S6Small16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(525u32),
        );
        /// `c7.small.16`
        pub const C7Small16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(526u32),
        );
        /// `m7.small.16`
        pub const M7Small16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(527u32),
        );
        /// `x1.small.16`
        pub const X1Small16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(528u32),
        );
        /// `ai1s.small.16`
        pub const Ai1sSmall16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(529u32),
        );
        /// `s6.medium.16`
        pub const S6Medium16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(530u32),
        );
        /// `c7.medium.16`
        pub const C7Medium16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(531u32),
        );
        /// `m7.medium.16`
        pub const M7Medium16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(532u32),
        );
        /// `x1.medium.16`
        pub const X1Medium16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(533u32),
        );
        /// `ai1s.medium.16`
        pub const Ai1sMedium16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(534u32),
        );
        /// `s6.large.16`
        pub const S6Large16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(535u32),
        );
        /// `c7.large.16`
        pub const C7Large16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(536u32),
        );
        /// `m7.large.16`
        pub const M7Large16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(537u32),
        );
        /// `x1.large.16`
        pub const X1Large16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(538u32),
        );
        /// `ai1s.large.16`
        pub const Ai1sLarge16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(539u32),
        );
        /// `s6.xlarge.16`
        pub const S6Xlarge16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(540u32),
        );
        /// `c7.xlarge.16`
        pub const C7Xlarge16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(541u32),
        );
        /// `m7.xlarge.16`
        pub const M7Xlarge16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(542u32),
        );
        /// `x1.xlarge.16`
        pub const X1Xlarge16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(543u32),
        );
        /// `ai1s.xlarge.16`
        pub const Ai1sXlarge16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(544u32),
        );
        /// `s6.2xlarge.16`
        pub const S62xlarge16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(545u32),
        );
        /// `c7.2xlarge.16`
        pub const C72xlarge16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(546u32),
        );
        /// `m7.2xlarge.16`
        pub const M72xlarge16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(547u32),
        );
        /// `x1.2xlarge.16`
        pub const X12xlarge16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(548u32),
        );
        /// `ai1s.2xlarge.16`
        pub const Ai1s2xlarge16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(549u32),
        );
        /// `s6.4xlarge.16`
        pub const S64xlarge16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(550u32),
        );
        /// `c7.4xlarge.16`
        pub const C74xlarge16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(551u32),
        );
        /// `m7.4xlarge.16`
        pub const M74xlarge16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(552u32),
        );
        /// `x1.4xlarge.16`
        pub const X14xlarge16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(553u32),
        );
        /// `ai1s.4xlarge.16`
        pub const Ai1s4xlarge16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(554u32),
        );
        /// `s6.8xlarge.16`
        pub const S68xlarge16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(555u32),
        );
        /// `c7.8xlarge.16`
        pub const C78xlarge16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(556u32),
        );
        /// `m7.8xlarge.16`
        pub const M78xlarge16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(557u32),
        );
        /// `x1.8xlarge.16`
        pub const X18xlarge16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(558u32),
        );
        /// `ai1s.8xlarge.16`
        pub const Ai1s8xlarge16: Self = Self(
            ::generated_client::__private::LargeEnum::Known(559u32),
        );
        /// `s6.small.17`
        pub const S6Small17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(560u32),
        );
        /// `c7.small.17`
        pub const C7Small17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(561u32),
        );
        /// `m7.small.17`
        pub const M7Small17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(562u32),
        );
        /// `x1.small.17`
        pub const X1Small17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(563u32),
        );
        /// `ai1s.small.17`
        pub const Ai1sSmall17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(564u32),
        );
        /// `s6.medium.17`
        pub const S6Medium17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(565u32),
        );
        /// `c7.medium.17`
        pub const C7Medium17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(566u32),
        );
        /// `m7.medium.17`
        pub const M7Medium17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(567u32),
        );
        /// `x1.medium.17`
        pub const X1Medium17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(568u32),
        );
        /// `ai1s.medium.17`
        pub const Ai1sMedium17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(569u32),
        );
        /// `s6.large.17`
        pub const S6Large17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(570u32),
        );
        /// `c7.large.17`
        pub const C7Large17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(571u32),
        );
        /// `m7.large.17`
        pub const M7Large17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(572u32),
        );
        /// `x1.large.17`
        pub const X1Large17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(573u32),
        );
        /// `ai1s.large.17`
        pub const Ai1sLarge17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(574u32),
        );
        /// `s6.xlarge.17`
        pub const S6Xlarge17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(575u32),
        );
        /// `c7.xlarge.17`
        pub const C7Xlarge17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(576u32),
        );
        /// `m7.xlarge.17`
        pub const M7Xlarge17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(577u32),
        );
        /// `x1.xlarge.17`
        pub const X1Xlarge17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(578u32),
        );
        /// `ai1s.xlarge.17`
        pub const Ai1sXlarge17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(579u32),
        );
        /// `s6.2xlarge.17`
        pub const S62xlarge17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(580u32),
        );
        /// `c7.2xlarge.17`
        pub const C72xlarge17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(581u32),
        );
        /// `m7.2xlarge.17`
        pub const M72xlarge17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(582u32),
        );
        /// `x1.2xlarge.17`
        pub const X12xlarge17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(583u32),
        );
        /// `ai1s.2xlarge.17`
        pub const Ai1s2xlarge17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(584u32),
        );
        /// `s6.4xlarge.17`
        pub const S64xlarge17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(585u32),
        );
        /// `c7.4xlarge.17`
        pub const C74xlarge17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(586u32),
        );
        /// `m7.4xlarge.17`
        pub const M74xlarge17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(587u32),
        );
        /// `x1.4xlarge.17`
        pub const X14xlarge17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(588u32),
        );
        /// `ai1s.4xlarge.17`
        pub const Ai1s4xlarge17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(589u32),
        );
        /// `s6.8xlarge.17`
        pub const S68xlarge17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(590u32),
        );
        /// `c7.8xlarge.17`
        pub const C78xlarge17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(591u32),
        );
        /// `m7.8xlarge.17`
        pub const M78xlarge17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(592u32),
        );
        /// `x1.8xlarge.17`
        pub const X18xlarge17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(593u32),
        );
        /// `ai1s.8xlarge.17`
        pub const Ai1s8xlarge17: Self = Self(
            ::generated_client::__private::LargeEnum::Known(594u32),
        );
        /// `s6.small.18`
        pub const S6Small18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(595u32),
        );
        /// `c7.small.18`
        pub const C7Small18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(596u32),
        );
        /// `m7.small.18`
        pub const M7Small18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(597u32),
        );
        /// `x1.small.18`
        pub const X1Small18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(598u32),
        );
        /// `ai1s.small.18`
        pub const Ai1sSmall18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(599u32),
        );
        /// `s6.medium.18`
        pub const S6Medium18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(600u32),
        );
        /// `c7.medium.18`
        pub const C7Medium18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(601u32),
        );
        /// `m7.medium.18`
        pub const M7Medium18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(602u32),
        );
        /// `x1.medium.18`
        pub const X1Medium18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(603u32),
        );
        /// `ai1s.medium.18`
        pub const Ai1sMedium18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(604u32),
        );
        /// `s6.large.18`
        pub const S6Large18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(605u32),
        );
        /// `c7.large.18`
        pub const C7Large18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(606u32),
        );
        /// `m7.large.18`
        pub const M7Large18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(607u32),
        );
        /// `x1.large.18`
        pub const X1Large18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(608u32),
        );
        /// `ai1s.large.18`
        pub const Ai1sLarge18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(609u32),
        );
        /// `s6.xlarge.18`
        pub const S6Xlarge18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(610u32),
        );
        /// `c7.xlarge.18`
        pub const C7Xlarge18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(611u32),
        );
        /// `m7.xlarge.18`
        pub const M7Xlarge18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(612u32),
        );
        /// `x1.xlarge.18`
        pub const X1Xlarge18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(613u32),
        );
        /// `ai1s.xlarge.18`
        pub const Ai1sXlarge18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(614u32),
        );
        /// `s6.2xlarge.18`
        pub const S62xlarge18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(615u32),
        );
        /// `c7.2xlarge.18`
        pub const C72xlarge18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(616u32),
        );
        /// `m7.2xlarge.18`
        pub const M72xlarge18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(617u32),
        );
        /// `x1.2xlarge.18`
        pub const X12xlarge18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(618u32),
        );
        /// `ai1s.2xlarge.18`
        pub const Ai1s2xlarge18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(619u32),
        );
        /// `s6.4xlarge.18`
        pub const S64xlarge18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(620u32),
        );
        /// `c7.4xlarge.18`
        pub const C74xlarge18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(621u32),
        );
        /// `m7.4xlarge.18`
        pub const M74xlarge18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(622u32),
        );
        /// `x1.4xlarge.18`
        pub const X14xlarge18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(623u32),
        );
        /// `ai1s.4xlarge.18`
        pub const Ai1s4xlarge18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(624u32),
        );
        /// `s6.8xlarge.18`
        pub const S68xlarge18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(625u32),
        );
        /// `c7.8xlarge.18`
        pub const C78xlarge18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(626u32),
        );
        /// `m7.8xlarge.18`
        pub const M78xlarge18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(627u32),
        );
        /// `x1.8xlarge.18`
        pub const X18xlarge18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(628u32),
        );
        /// `ai1s.8xlarge.18`
        pub const Ai1s8xlarge18: Self = Self(
            ::generated_client::__private::LargeEnum::Known(629u32),
        );
        /// `s6.small.19`
        pub const S6Small19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(630u32),
        );
        /// `c7.small.19`
        pub const C7Small19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(631u32),
        );
        /// `m7.small.19`
        pub const M7Small19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(632u32),
        );
        /// `x1.small.19`
        pub const X1Small19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(633u32),
        );
        /// `ai1s.small.19`
        pub const Ai1sSmall19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(634u32),
        );
        /// `s6.medium.19`
        pub const S6Medium19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(635u32),
        );
        /// `c7.medium.19`
        pub const C7Medium19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(636u32),
        );
        /// `m7.medium.19`
        pub const M7Medium19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(637u32),
        );
        /// `x1.medium.19`
        pub const X1Medium19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(638u32),
        );
        /// `ai1s.medium.19`
        pub const Ai1sMedium19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(639u32),
        );
        /// `s6.large.19`
        pub const S6Large19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(640u32),
        );
        /// `c7.large.19`
        pub const C7Large19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(641u32),
        );
        /// `m7.large.19`
        pub const M7Large19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(642u32),
        );
        /// `x1.large.19`
        pub const X1Large19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(643u32),
        );
        /// `ai1s.large.19`
        pub const Ai1sLarge19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(644u32),
        );
        /// `s6.xlarge.19`
        pub const S6Xlarge19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(645u32),
        );
        /// `c7.xlarge.19`
        pub const C7Xlarge19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(646u32),
        );
        /// `m7.xlarge.19`
        pub const M7Xlarge19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(647u32),
        );
        /// `x1.xlarge.19`
        pub const X1Xlarge19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(648u32),
        );
        /// `ai1s.xlarge.19`
        pub const Ai1sXlarge19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(649u32),
        );
        /// `s6.2xlarge.19`
        pub const S62xlarge19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(650u32),
        );
        /// `c7.2xlarge.19`
        pub const C72xlarge19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(651u32),
        );
        /// `m7.2xlarge.19`
        pub const M72xlarge19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(652u32),
        );
        /// `x1.2xlarge.19`
        pub const X12xlarge19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(653u32),
        );
        /// `ai1s.2xlarge.19`
        pub const Ai1s2xlarge19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(654u32),
        );
        /// `s6.4xlarge.19`
        pub const S64xlarge19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(655u32),
        );
        /// `c7.4xlarge.19`
        pub const C74xlarge19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(656u32),
        );
        /// `m7.4xlarge.19`
        pub const M74xlarge19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(657u32),
        );
        /// `x1.4xlarge.19`
        pub const X14xlarge19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(658u32),
        );
        /// `ai1s.4xlarge.19`
        pub const Ai1s4xlarge19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(659u32),
        );
        /// `s6.8xlarge.19`
        pub const S68xlarge19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(660u32),
        );
        /// `c7.8xlarge.19`
        pub const C78xlarge19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(661u32),
        );
        /// `m7.8xlarge.19`
        pub const M78xlarge19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(662u32),
        );
        /// `x1.8xlarge.19`
        pub const X18xlarge19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(663u32),
        );
        /// `ai1s.8xlarge.19`
        pub const Ai1s8xlarge19: Self = Self(
            ::generated_client::__private::LargeEnum::Known(664u32),
        );
        /// `s6.small.20`
        pub const S6Small20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(665u32),
        );
        /// `c7.small.20`
        pub const C7Small20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(666u32),
        );
        /// `m7.small.20`
        pub const M7Small20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(667u32),
        );
        /// `x1.small.20`
        pub const X1Small20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(668u32),
        );
        /// `ai1s.small.20`
        pub const Ai1sSmall20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(669u32),
        );
        /// `s6.medium.20`
        pub const S6Medium20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(670u32),
        );
        /// `c7.medium.20`
        pub const C7Medium20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(671u32),
        );
        /// `m7.medium.20`
        pub const M7Medium20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(672u32),
        );
        /// `x1.medium.20`
        pub const X1Medium20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(673u32),
        );
        /// `ai1s.medium.20`
        pub const Ai1sMedium20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(674u32),
        );
        /// `s6.large.20`
        pub const S6Large20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(675u32),
        );
        /// `c7.large.20`
        pub const C7Large20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(676u32),
        );
        /// `m7.large.20`
        pub const M7Large20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(677u32),
        );
        /// `x1.large.20`
        pub const X1Large20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(678u32),
        );
        /// `ai1s.large.20`
        pub const Ai1sLarge20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(679u32),
        );
        /// `s6.xlarge.20`
        pub const S6Xlarge20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(680u32),
        );
        /// `c7.xlarge.20`
        pub const C7Xlarge20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(681u32),
        );
        /// `m7.xlarge.20`
        pub const M7Xlarge20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(682u32),
        );
        /// `x1.xlarge.20`
        pub const X1Xlarge20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(683u32),
        );
        /// `ai1s.xlarge.20`
        pub const Ai1sXlarge20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(684u32),
        );
        /// `s6.2xlarge.20`
        pub const S62xlarge20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(685u32),
        );
        /// `c7.2xlarge.20`
        pub const C72xlarge20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(686u32),
        );
        /// `m7.2xlarge.20`
        pub const M72xlarge20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(687u32),
        );
        /// `x1.2xlarge.20`
        pub const X12xlarge20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(688u32),
        );
        /// `ai1s.2xlarge.20`
        pub const Ai1s2xlarge20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(689u32),
        );
        /// `s6.4xlarge.20`
        pub const S64xlarge20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(690u32),
        );
        /// `c7.4xlarge.20`
        pub const C74xlarge20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(691u32),
        );
        /// `m7.4xlarge.20`
        pub const M74xlarge20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(692u32),
        );
        /// `x1.4xlarge.20`
        pub const X14xlarge20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(693u32),
        );
        /// `ai1s.4xlarge.20`
        pub const Ai1s4xlarge20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(694u32),
        );
        /// `s6.8xlarge.20`
        pub const S68xlarge20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(695u32),
        );
        /// `c7.8xlarge.20`
        pub const C78xlarge20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(696u32),
        );
        /// `m7.8xlarge.20`
        pub const M78xlarge20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(697u32),
        );
        /// `x1.8xlarge.20`
        pub const X18xlarge20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(698u32),
        );
        /// `ai1s.8xlarge.20`
        pub const Ai1s8xlarge20: Self = Self(
            ::generated_client::__private::LargeEnum::Known(699u32),
        );
        /// `s6.small.21`
        pub const S6Small21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(700u32),
        );
        /// `c7.small.21`
        pub const C7Small21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(701u32),
        );
        /// `m7.small.21`
        pub const M7Small21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(702u32),
        );
        /// `x1.small.21`
        pub const X1Small21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(703u32),
        );
        /// `ai1s.small.21`
        pub const Ai1sSmall21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(704u32),
        );
        /// `s6.medium.21`
        pub const S6Medium21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(705u32),
        );
        /// `c7.medium.21`
        pub const C7Medium21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(706u32),
        );
        /// `m7.medium.21`
        pub const M7Medium21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(707u32),
        );
        /// `x1.medium.21`
        pub const X1Medium21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(708u32),
        );
        /// `ai1s.medium.21`
        pub const Ai1sMedium21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(709u32),
        );
        /// `s6.large.21`
        pub const S6Large21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(710u32),
        );
        /// `c7.large.21`
        pub const C7Large21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(711u32),
        );
        /// `m7.large.21`
        pub const M7Large21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(712u32),
        );
        /// `x1.large.21`
        pub const X1Large21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(713u32),
        );
        /// `ai1s.large.21`
        pub const Ai1sLarge21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(714u32),
        );
        /// `s6.xlarge.21`
        pub const S6Xlarge21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(715u32),
        );
        /// `c7.xlarge.21`
        pub const C7Xlarge21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(716u32),
        );
        /// `m7.xlarge.21`
        pub const M7Xlarge21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(717u32),
        );
        /// `x1.xlarge.21`
        pub const X1Xlarge21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(718u32),
        );
        /// `ai1s.xlarge.21`
        pub const Ai1sXlarge21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(719u32),
        );
        /// `s6.2xlarge.21`
        pub const S62xlarge21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(720u32),
        );
        /// `c7.2xlarge.21`
        pub const C72xlarge21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(721u32),
        );
        /// `m7.2xlarge.21`
        pub const M72xlarge21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(722u32),
        );
        /// `x1.2xlarge.21`
        pub const X12xlarge21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(723u32),
        );
        /// `ai1s.2xlarge.21`
        pub const Ai1s2xlarge21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(724u32),
        );
        /// `s6.4xlarge.21`
        pub const S64xlarge21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(725u32),
        );
        /// `c7.4xlarge.21`
        pub const C74xlarge21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(726u32),
        );
        /// `m7.4xlarge.21`
        pub const M74xlarge21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(727u32),
        );
        /// `x1.4xlarge.21`
        pub const X14xlarge21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(728u32),
        );
        /// `ai1s.4xlarge.21`
        pub const Ai1s4xlarge21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(729u32),
        );
        /// `s6.8xlarge.21`
        pub const S68xlarge21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(730u32),
        );
        /// `c7.8xlarge.21`
        pub const C78xlarge21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(731u32),
        );
        /// `m7.8xlarge.21`
        pub const M78xlarge21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(732u32),
        );
        /// `x1.8xlarge.21`
        pub const X18xlarge21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(733u32),
        );
        /// `ai1s.8xlarge.21`
        pub const Ai1s8xlarge21: Self = Self(
            ::generated_client::__private::LargeEnum::Known(734u32),
        );
        /// `s6.small.22`
        pub const S6Small22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(735u32),
        );
        /// `c7.small.22`
        pub const C7Small22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(736u32),
        );
        /// `m7.small.22`
        pub const M7Small22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(737u32),
        );
        /// `x1.small.22`
        pub const X1Small22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(738u32),
        );
        /// `ai1s.small.22`
        pub const Ai1sSmall22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(739u32),
        );
        /// `s6.medium.22`
        pub const S6Medium22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(740u32),
        );
        /// `c7.medium.22`
        pub const C7Medium22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(741u32),
        );
        /// `m7.medium.22`
        pub const M7Medium22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(742u32),
        );
        /// `x1.medium.22`
        pub const X1Medium22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(743u32),
        );
        /// `ai1s.medium.22`
        pub const Ai1sMedium22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(744u32),
        );
        /// `s6.large.22`
        pub const S6Large22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(745u32),
        );
        /// `c7.large.22`
        pub const C7Large22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(746u32),
        );
        /// `m7.large.22`
        pub const M7Large22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(747u32),
        );
        /// `x1.large.22`
        pub const X1Large22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(748u32),
        );
        /// `ai1s.large.22`
        pub const Ai1sLarge22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(749u32),
        );
        /// `s6.xlarge.22`
        pub const S6Xlarge22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(750u32),
        );
        /// `c7.xlarge.22`
        pub const C7Xlarge22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(751u32),
        );
        /// `m7.xlarge.22`
        pub const M7Xlarge22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(752u32),
        );
        /// `x1.xlarge.22`
        pub const X1Xlarge22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(753u32),
        );
        /// `ai1s.xlarge.22`
        pub const Ai1sXlarge22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(754u32),
        );
        /// `s6.2xlarge.22`
        pub const S62xlarge22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(755u32),
        );
        /// `c7.2xlarge.22`
        pub const C72xlarge22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(756u32),
        );
        /// `m7.2xlarge.22`
        pub const M72xlarge22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(757u32),
        );
        /// `x1.2xlarge.22`
        pub const X12xlarge22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(758u32),
        );
        /// `ai1s.2xlarge.22`
        pub const Ai1s2xlarge22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(759u32),
        );
        /// `s6.4xlarge.22`
        pub const S64xlarge22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(760u32),
        );
        /// `c7.4xlarge.22`
        pub const C74xlarge22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(761u32),
        );
        /// `m7.4xlarge.22`
        pub const M74xlarge22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(762u32),
        );
        /// `x1.4xlarge.22`
        pub const X14xlarge22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(763u32),
        );
        /// `ai1s.4xlarge.22`
        pub const Ai1s4xlarge22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(764u32),
        );
        /// `s6.8xlarge.22`
        pub const S68xlarge22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(765u32),
        );
        /// `c7.8xlarge.22`
        pub const C78xlarge22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(766u32),
        );
        /// `m7.8xlarge.22`
        pub const M78xlarge22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(767u32),
        );
        /// `x1.8xlarge.22`
        pub const X18xlarge22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(768u32),
        );
        /// `ai1s.8xlarge.22`
        pub const Ai1s8xlarge22: Self = Self(
            ::generated_client::__private::LargeEnum::Known(769u32),
        );
        /// `s6.small.23`
        pub const S6Small23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(770u32),
        );
        /// `c7.small.23`
        pub const C7Small23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(771u32),
        );
        /// `m7.small.23`
        pub const M7Small23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(772u32),
        );
        /// `x1.small.23`
        pub const X1Small23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(773u32),
        );
        /// `ai1s.small.23`
        pub const Ai1sSmall23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(774u32),
        );
        /// `s6.medium.23`
        pub const S6Medium23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(775u32),
        );
        /// `c7.medium.23`
        pub const C7Medium23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(776u32),
        );
        /// `m7.medium.23`
        pub const M7Medium23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(777u32),
        );
        /// `x1.medium.23`
        pub const X1Medium23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(778u32),
        );
        /// `ai1s.medium.23`
        pub const Ai1sMedium23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(779u32),
        );
        /// `s6.large.23`
        pub const S6Large23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(780u32),
        );
        /// `c7.large.23`
        pub const C7Large23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(781u32),
        );
        /// `m7.large.23`
        pub const M7Large23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(782u32),
        );
        /// `x1.large.23`
        pub const X1Large23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(783u32),
        );
        /// `ai1s.large.23`
        pub const Ai1sLarge23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(784u32),
        );
        /// `s6.xlarge.23`
        pub const S6Xlarge23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(785u32),
        );
        /// `c7.xlarge.23`
        pub const C7Xlarge23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(786u32),
        );
        /// `m7.xlarge.23`
        pub const M7Xlarge23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(787u32),
        );
        /// `x1.xlarge.23`
        pub const X1Xlarge23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(788u32),
        );
        /// `ai1s.xlarge.23`
        pub const Ai1sXlarge23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(789u32),
        );
        /// `s6.2xlarge.23`
        pub const S62xlarge23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(790u32),
        );
        /// `c7.2xlarge.23`
        pub const C72xlarge23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(791u32),
        );
        /// `m7.2xlarge.23`
        pub const M72xlarge23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(792u32),
        );
        /// `x1.2xlarge.23`
        pub const X12xlarge23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(793u32),
        );
        /// `ai1s.2xlarge.23`
        pub const Ai1s2xlarge23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(794u32),
        );
        /// `s6.4xlarge.23`
        pub const S64xlarge23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(795u32),
        );
        /// `c7.4xlarge.23`
        pub const C74xlarge23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(796u32),
        );
        /// `m7.4xlarge.23`
        pub const M74xlarge23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(797u32),
        );
        /// `x1.4xlarge.23`
        pub const X14xlarge23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(798u32),
        );
        /// `ai1s.4xlarge.23`
        pub const Ai1s4xlarge23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(799u32),
        );
        /// `s6.8xlarge.23`
        pub const S68xlarge23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(800u32),
        );
        /// `c7.8xlarge.23`
        pub const C78xlarge23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(801u32),
        );
        /// `m7.8xlarge.23`
        pub const M78xlarge23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(802u32),
        );
        /// `x1.8xlarge.23`
        pub const X18xlarge23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(803u32),
        );
        /// `ai1s.8xlarge.23`
        pub const Ai1s8xlarge23: Self = Self(
            ::generated_client::__private::LargeEnum::Known(804u32),
        );
        /// `s6.small.24`
        pub const S6Small24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(805u32),
        );
        /// `c7.small.24`
        pub const C7Small24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(806u32),
        );
        /// `m7.small.24`
        pub const M7Small24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(807u32),
        );
        /// `x1.small.24`
        pub const X1Small24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(808u32),
        );
        /// `ai1s.small.24`
        pub const Ai1sSmall24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(809u32),
        );
        /// `s6.medium.24`
        pub const S6Medium24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(810u32),
        );
        /// `c7.medium.24`
        pub const C7Medium24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(811u32),
        );
        /// `m7.medium.24`
        pub const M7Medium24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(812u32),
        );
        /// `x1.medium.24`
        pub const X1Medium24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(813u32),
        );
        /// `ai1s.medium.24`
        pub const Ai1sMedium24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(814u32),
        );
        /// `s6.large.24`
        pub const S6Large24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(815u32),
        );
        /// `c7.large.24`
        pub const C7Large24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(816u32),
        );
        /// `m7.large.24`
        pub const M7Large24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(817u32),
        );
        /// `x1.large.24`
        pub const X1Large24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(818u32),
        );
        /// `ai1s.large.24`
        pub const Ai1sLarge24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(819u32),
        );
        /// `s6.xlarge.24`
        pub const S6Xlarge24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(820u32),
        );
        /// `c7.xlarge.24`
        pub const C7Xlarge24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(821u32),
        );
        /// `m7.xlarge.24`
        pub const M7Xlarge24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(822u32),
        );
        /// `x1.xlarge.24`
        pub const X1Xlarge24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(823u32),
        );
        /// `ai1s.xlarge.24`
        pub const Ai1sXlarge24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(824u32),
        );
        /// `s6.2xlarge.24`
        pub const S62xlarge24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(825u32),
        );
        /// `c7.2xlarge.24`
        pub const C72xlarge24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(826u32),
        );
        /// `m7.2xlarge.24`
        pub const M72xlarge24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(827u32),
        );
        /// `x1.2xlarge.24`
        pub const X12xlarge24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(828u32),
        );
        /// `ai1s.2xlarge.24`
        pub const Ai1s2xlarge24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(829u32),
        );
        /// `s6.4xlarge.24`
        pub const S64xlarge24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(830u32),
        );
        /// `c7.4xlarge.24`
        pub const C74xlarge24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(831u32),
        );
        /// `m7.4xlarge.24`
        pub const M74xlarge24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(832u32),
        );
        /// `x1.4xlarge.24`
        pub const X14xlarge24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(833u32),
        );
        /// `ai1s.4xlarge.24`
        pub const Ai1s4xlarge24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(834u32),
        );
        /// `s6.8xlarge.24`
        pub const S68xlarge24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(835u32),
        );
        /// `c7.8xlarge.24`
        pub const C78xlarge24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(836u32),
        );
        /// `m7.8xlarge.24`
        pub const M78xlarge24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(837u32),
        );
        /// `x1.8xlarge.24`
        pub const X18xlarge24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(838u32),
        );
        /// `ai1s.8xlarge.24`
        pub const Ai1s8xlarge24: Self = Self(
            ::generated_client::__private::LargeEnum::Known(839u32),
        );
        /// `s6.small.25`
        pub const S6Small25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(840u32),
        );
        /// `c7.small.25`
        pub const C7Small25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(841u32),
        );
        /// `m7.small.25`
        pub const M7Small25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(842u32),
        );
        /// `x1.small.25`
        pub const X1Small25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(843u32),
        );
        /// `ai1s.small.25`
        pub const Ai1sSmall25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(844u32),
        );
        /// `s6.medium.25`
        pub const S6Medium25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(845u32),
        );
        /// `c7.medium.25`
        pub const C7Medium25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(846u32),
        );
        /// `m7.medium.25`
        pub const M7Medium25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(847u32),
        );
        /// `x1.medium.25`
        pub const X1Medium25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(848u32),
        );
        /// `ai1s.medium.25`
        pub const Ai1sMedium25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(849u32),
        );
        /// `s6.large.25`
        pub const S6Large25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(850u32),
        );
        /// `c7.large.25`
        pub const C7Large25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(851u32),
        );
        /// `m7.large.25`
        pub const M7Large25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(852u32),
        );
        /// `x1.large.25`
        pub const X1Large25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(853u32),
        );
        /// `ai1s.large.25`
        pub const Ai1sLarge25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(854u32),
        );
        /// `s6.xlarge.25`
        pub const S6Xlarge25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(855u32),
        );
        /// `c7.xlarge.25`
        pub const C7Xlarge25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(856u32),
        );
        /// `m7.xlarge.25`
        pub const M7Xlarge25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(857u32),
        );
        /// `x1.xlarge.25`
        pub const X1Xlarge25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(858u32),
        );
        /// `ai1s.xlarge.25`
        pub const Ai1sXlarge25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(859u32),
        );
        /// `s6.2xlarge.25`
        pub const S62xlarge25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(860u32),
        );
        /// `c7.2xlarge.25`
        pub const C72xlarge25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(861u32),
        );
        /// `m7.2xlarge.25`
        pub const M72xlarge25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(862u32),
        );
        /// `x1.2xlarge.25`
        pub const X12xlarge25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(863u32),
        );
        /// `ai1s.2xlarge.25`
        pub const Ai1s2xlarge25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(864u32),
        );
        /// `s6.4xlarge.25`
        pub const S64xlarge25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(865u32),
        );
        /// `c7.4xlarge.25`
        pub const C74xlarge25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(866u32),
        );
        /// `m7.4xlarge.25`
        pub const M74xlarge25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(867u32),
        );
        /// `x1.4xlarge.25`
        pub const X14xlarge25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(868u32),
        );
        /// `ai1s.4xlarge.25`
        pub const Ai1s4xlarge25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(869u32),
        );
        /// `s6.8xlarge.25`
        pub const S68xlarge25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(870u32),
        );
        /// `c7.8xlarge.25`
        pub const C78xlarge25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(871u32),
        );
        /// `m7.8xlarge.25`
        pub const M78xlarge25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(872u32),
        );
        /// `x1.8xlarge.25`
        pub const X18xlarge25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(873u32),
        );
        /// `ai1s.8xlarge.25`
        pub const Ai1s8xlarge25: Self = Self(
            ::generated_client::__private::LargeEnum::Known(874u32),
        );
        /// `s6.small.26`
        pub const S6Small26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(875u32),
        );
        /// `c7.small.26`
        pub const C7Small26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(876u32),
        );
        /// `m7.small.26`
        pub const M7Small26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(877u32),
        );
        /// `x1.small.26`
        pub const X1Small26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(878u32),
        );
        /// `ai1s.small.26`
        pub const Ai1sSmall26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(879u32),
        );
        /// `s6.medium.26`
        pub const S6Medium26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(880u32),
        );
        /// `c7.medium.26`
        pub const C7Medium26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(881u32),
        );
        /// `m7.medium.26`
        pub const M7Medium26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(882u32),
        );
        /// `x1.medium.26`
        pub const X1Medium26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(883u32),
        );
        /// `ai1s.medium.26`
        pub const Ai1sMedium26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(884u32),
        );
        /// `s6.large.26`
        pub const S6Large26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(885u32),
        );
        /// `c7.large.26`
        pub const C7Large26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(886u32),
        );
        /// `m7.large.26`
        pub const M7Large26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(887u32),
        );
        /// `x1.large.26`
        pub const X1Large26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(888u32),
        );
        /// `ai1s.large.26`
        pub const Ai1sLarge26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(889u32),
        );
        /// `s6.xlarge.26`
        pub const S6Xlarge26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(890u32),
        );
        /// `c7.xlarge.26`
        pub const C7Xlarge26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(891u32),
        );
        /// `m7.xlarge.26`
        pub const M7Xlarge26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(892u32),
        );
        /// `x1.xlarge.26`
        pub const X1Xlarge26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(893u32),
        );
        /// `ai1s.xlarge.26`
        pub const Ai1sXlarge26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(894u32),
        );
        /// `s6.2xlarge.26`
        pub const S62xlarge26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(895u32),
        );
        /// `c7.2xlarge.26`
        pub const C72xlarge26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(896u32),
        );
        /// `m7.2xlarge.26`
        pub const M72xlarge26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(897u32),
        );
        /// `x1.2xlarge.26`
        pub const X12xlarge26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(898u32),
        );
        /// `ai1s.2xlarge.26`
        pub const Ai1s2xlarge26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(899u32),
        );
        /// `s6.4xlarge.26`
        pub const S64xlarge26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(900u32),
        );
        /// `c7.4xlarge.26`
        pub const C74xlarge26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(901u32),
        );
        /// `m7.4xlarge.26`
        pub const M74xlarge26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(902u32),
        );
        /// `x1.4xlarge.26`
        pub const X14xlarge26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(903u32),
        );
        /// `ai1s.4xlarge.26`
        pub const Ai1s4xlarge26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(904u32),
        );
        /// `s6.8xlarge.26`
        pub const S68xlarge26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(905u32),
        );
        /// `c7.8xlarge.26`
        pub const C78xlarge26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(906u32),
        );
        /// `m7.8xlarge.26`
        pub const M78xlarge26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(907u32),
        );
        /// `x1.8xlarge.26`
        pub const X18xlarge26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(908u32),
        );
        /// `ai1s.8xlarge.26`
        pub const Ai1s8xlarge26: Self = Self(
            ::generated_client::__private::LargeEnum::Known(909u32),
        );
        /// `s6.small.27`
        pub const S6Small27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(910u32),
        );
        /// `c7.small.27`
        pub const C7Small27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(911u32),
        );
        /// `m7.small.27`
        pub const M7Small27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(912u32),
        );
        /// `x1.small.27`
        pub const X1Small27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(913u32),
        );
        /// `ai1s.small.27`
        pub const Ai1sSmall27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(914u32),
        );
        /// `s6.medium.27`
        pub const S6Medium27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(915u32),
        );
        /// `c7.medium.27`
        pub const C7Medium27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(916u32),
        );
        /// `m7.medium.27`
        pub const M7Medium27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(917u32),
        );
        /// `x1.medium.27`
        pub const X1Medium27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(918u32),
        );
        /// `ai1s.medium.27`
        pub const Ai1sMedium27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(919u32),
        );
        /// `s6.large.27`
        pub const S6Large27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(920u32),
        );
        /// `c7.large.27`
        pub const C7Large27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(921u32),
        );
        /// `m7.large.27`
        pub const M7Large27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(922u32),
        );
        /// `x1.large.27`
        pub const X1Large27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(923u32),
        );
        /// `ai1s.large.27`
        pub const Ai1sLarge27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(924u32),
        );
        /// `s6.xlarge.27`
        pub const S6Xlarge27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(925u32),
        );
        /// `c7.xlarge.27`
        pub const C7Xlarge27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(926u32),
        );
        /// `m7.xlarge.27`
        pub const M7Xlarge27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(927u32),
        );
        /// `x1.xlarge.27`
        pub const X1Xlarge27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(928u32),
        );
        /// `ai1s.xlarge.27`
        pub const Ai1sXlarge27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(929u32),
        );
        /// `s6.2xlarge.27`
        pub const S62xlarge27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(930u32),
        );
        /// `c7.2xlarge.27`
        pub const C72xlarge27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(931u32),
        );
        /// `m7.2xlarge.27`
        pub const M72xlarge27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(932u32),
        );
        /// `x1.2xlarge.27`
        pub const X12xlarge27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(933u32),
        );
        /// `ai1s.2xlarge.27`
        pub const Ai1s2xlarge27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(934u32),
        );
        /// `s6.4xlarge.27`
        pub const S64xlarge27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(935u32),
        );
        /// `c7.4xlarge.27`
        pub const C74xlarge27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(936u32),
        );
        /// `m7.4xlarge.27`
        pub const M74xlarge27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(937u32),
        );
        /// `x1.4xlarge.27`
        pub const X14xlarge27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(938u32),
        );
        /// `ai1s.4xlarge.27`
        pub const Ai1s4xlarge27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(939u32),
        );
        /// `s6.8xlarge.27`
        pub const S68xlarge27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(940u32),
        );
        /// `c7.8xlarge.27`
        pub const C78xlarge27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(941u32),
        );
        /// `m7.8xlarge.27`
        pub const M78xlarge27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(942u32),
        );
        /// `x1.8xlarge.27`
        pub const X18xlarge27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(943u32),
        );
        /// `ai1s.8xlarge.27`
        pub const Ai1s8xlarge27: Self = Self(
            ::generated_client::__private::LargeEnum::Known(944u32),
        );
        /// `s6.small.28`
        pub const S6Small28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(945u32),
        );
        /// `c7.small.28`
        pub const C7Small28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(946u32),
        );
        /// `m7.small.28`
        pub const M7Small28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(947u32),
        );
        /// `x1.small.28`
        pub const X1Small28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(948u32),
        );
        /// `ai1s.small.28`
        pub const Ai1sSmall28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(949u32),
        );
        /// `s6.medium.28`
        pub const S6Medium28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(950u32),
        );
        /// `c7.medium.28`
        pub const C7Medium28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(951u32),
        );
        /// `m7.medium.28`
        pub const M7Medium28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(952u32),
        );
        /// `x1.medium.28`
        pub const X1Medium28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(953u32),
        );
        /// `ai1s.medium.28`
        pub const Ai1sMedium28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(954u32),
        );
        /// `s6.large.28`
        pub const S6Large28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(955u32),
        );
        /// `c7.large.28`
        pub const C7Large28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(956u32),
        );
        /// `m7.large.28`
        pub const M7Large28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(957u32),
        );
        /// `x1.large.28`
        pub const X1Large28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(958u32),
        );
        /// `ai1s.large.28`
        pub const Ai1sLarge28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(959u32),
        );
        /// `s6.xlarge.28`
        pub const S6Xlarge28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(960u32),
        );
        /// `c7.xlarge.28`
        pub const C7Xlarge28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(961u32),
        );
        /// `m7.xlarge.28`
        pub const M7Xlarge28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(962u32),
        );
        /// `x1.xlarge.28`
        pub const X1Xlarge28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(963u32),
        );
        /// `ai1s.xlarge.28`
        pub const Ai1sXlarge28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(964u32),
        );
        /// `s6.2xlarge.28`
        pub const S62xlarge28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(965u32),
        );
        /// `c7.2xlarge.28`
        pub const C72xlarge28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(966u32),
        );
        /// `m7.2xlarge.28`
        pub const M72xlarge28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(967u32),
        );
        /// `x1.2xlarge.28`
        pub const X12xlarge28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(968u32),
        );
        /// `ai1s.2xlarge.28`
        pub const Ai1s2xlarge28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(969u32),
        );
        /// `s6.4xlarge.28`
        pub const S64xlarge28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(970u32),
        );
        /// `c7.4xlarge.28`
        pub const C74xlarge28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(971u32),
        );
        /// `m7.4xlarge.28`
        pub const M74xlarge28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(972u32),
        );
        /// `x1.4xlarge.28`
        pub const X14xlarge28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(973u32),
        );
        /// `ai1s.4xlarge.28`
        pub const Ai1s4xlarge28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(974u32),
        );
        /// `s6.8xlarge.28`
        pub const S68xlarge28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(975u32),
        );
        /// `c7.8xlarge.28`
        pub const C78xlarge28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(976u32),
        );
        /// `m7.8xlarge.28`
        pub const M78xlarge28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(977u32),
        );
        /// `x1.8xlarge.28`
        pub const X18xlarge28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(978u32),
        );
        /// `ai1s.8xlarge.28`
        pub const Ai1s8xlarge28: Self = Self(
            ::generated_client::__private::LargeEnum::Known(979u32),
        );
        /// `s6.small.29`
        pub const S6Small29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(980u32),
        );
        /// `c7.small.29`
        pub const C7Small29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(981u32),
        );
        /// `m7.small.29`
        pub const M7Small29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(982u32),
        );
        /// `x1.small.29`
        pub const X1Small29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(983u32),
        );
        /// `ai1s.small.29`
        pub const Ai1sSmall29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(984u32),
        );
        /// `s6.medium.29`
        pub const S6Medium29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(985u32),
        );
        /// `c7.medium.29`
        pub const C7Medium29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(986u32),
        );
        /// `m7.medium.29`
        pub const M7Medium29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(987u32),
        );
        /// `x1.medium.29`
        pub const X1Medium29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(988u32),
        );
        /// `ai1s.medium.29`
        pub const Ai1sMedium29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(989u32),
        );
        /// `s6.large.29`
        pub const S6Large29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(990u32),
        );
        /// `c7.large.29`
        pub const C7Large29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(991u32),
        );
        /// `m7.large.29`
        pub const M7Large29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(992u32),
        );
        /// `x1.large.29`
        pub const X1Large29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(993u32),
        );
        /// `ai1s.large.29`
        pub const Ai1sLarge29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(994u32),
        );
        /// `s6.xlarge.29`
        pub const S6Xlarge29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(995u32),
        );
        /// `c7.xlarge.29`
        pub const C7Xlarge29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(996u32),
        );
        /// `m7.xlarge.29`
        pub const M7Xlarge29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(997u32),
        );
        /// `x1.xlarge.29`
        pub const X1Xlarge29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(998u32),
        );
        /// `ai1s.xlarge.29`
        pub const Ai1sXlarge29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(999u32),
        );
        /// `s6.2xlarge.29`
        pub const S62xlarge29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1000u32),
        );
        /// `c7.2xlarge.29`
        pub const C72xlarge29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1001u32),
        );
        /// `m7.2xlarge.29`
        pub const M72xlarge29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1002u32),
        );
        /// `x1.2xlarge.29`
        pub const X12xlarge29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1003u32),
        );
        /// `ai1s.2xlarge.29`
        pub const Ai1s2xlarge29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1004u32),
        );
        /// `s6.4xlarge.29`
        pub const S64xlarge29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1005u32),
        );
        /// `c7.4xlarge.29`
        pub const C74xlarge29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1006u32),
        );
        /// `m7.4xlarge.29`
        pub const M74xlarge29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1007u32),
        );
        /// `x1.4xlarge.29`
        pub const X14xlarge29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1008u32),
        );
        /// `ai1s.4xlarge.29`
        pub const Ai1s4xlarge29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1009u32),
        );
        /// `s6.8xlarge.29`
        pub const S68xlarge29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1010u32),
        );
        /// `c7.8xlarge.29`
        pub const C78xlarge29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1011u32),
        );
        /// `m7.8xlarge.29`
        pub const M78xlarge29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1012u32),
        );
        /// `x1.8xlarge.29`
        pub const X18xlarge29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1013u32),
        );
        /// `ai1s.8xlarge.29`
        pub const Ai1s8xlarge29: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1014u32),
        );
        /// `s6.small.30`
        pub const S6Small30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1015u32),
        );
        /// `c7.small.30`
        pub const C7Small30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1016u32),
        );
        /// `m7.small.30`
        pub const M7Small30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1017u32),
        );
        /// `x1.small.30`
        pub const X1Small30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1018u32),
        );
        /// `ai1s.small.30`
        pub const Ai1sSmall30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1019u32),
        );
        /// `s6.medium.30`
        pub const S6Medium30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1020u32),
        );
        /// `c7.medium.30`
        pub const C7Medium30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1021u32),
        );
        /// `m7.medium.30`
        pub const M7Medium30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1022u32),
        );
        /// `x1.medium.30`
        pub const X1Medium30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1023u32),
        );
        /// `ai1s.medium.30`
        pub const Ai1sMedium30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1024u32),
        );
        /// `s6.large.30`
        pub const S6Large30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1025u32),
        );
        /// `c7.large.30`
        pub const C7Large30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1026u32),
        );
        /// `m7.large.30`
        pub const M7Large30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1027u32),
        );
        /// `x1.large.30`
        pub const X1Large30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1028u32),
        );
        /// `ai1s.large.30`
        pub const Ai1sLarge30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1029u32),
        );
        /// `s6.xlarge.30`
        pub const S6Xlarge30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1030u32),
        );
        /// `c7.xlarge.30`
        pub const C7Xlarge30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1031u32),
        );
        /// `m7.xlarge.30`
        pub const M7Xlarge30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1032u32),
        );
        /// `x1.xlarge.30`
        pub const X1Xlarge30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1033u32),
        );
        /// `ai1s.xlarge.30`
        pub const Ai1sXlarge30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1034u32),
        );
        /// `s6.2xlarge.30`
        pub const S62xlarge30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1035u32),
        );
        /// `c7.2xlarge.30`
        pub const C72xlarge30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1036u32),
        );
        /// `m7.2xlarge.30`
        pub const M72xlarge30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1037u32),
        );
        /// `x1.2xlarge.30`
        pub const X12xlarge30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1038u32),
        );
        /// `ai1s.2xlarge.30`
        pub const Ai1s2xlarge30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1039u32),
        );
        /// `s6.4xlarge.30`
        pub const S64xlarge30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1040u32),
        );
        /// `c7.4xlarge.30`
        pub const C74xlarge30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1041u32),
        );
        /// `m7.4xlarge.30`
        pub const M74xlarge30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1042u32),
        );
        /// `x1.4xlarge.30`
        pub const X14xlarge30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1043u32),
        );
        /// `ai1s.4xlarge.30`
        pub const Ai1s4xlarge30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1044u32),
        );
        /// `s6.8xlarge.30`
        pub const S68xlarge30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1045u32),
        );
        /// `c7.8xlarge.30`
        pub const C78xlarge30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1046u32),
        );
        /// `m7.8xlarge.30`
        pub const M78xlarge30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1047u32),
        );
        /// `x1.8xlarge.30`
        pub const X18xlarge30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1048u32),
        );
        /// `ai1s.8xlarge.30`
        pub const Ai1s8xlarge30: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1049u32),
        );
        /// `s6.small.31`
        pub const S6Small31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1050u32),
        );
        /// `c7.small.31`
        pub const C7Small31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1051u32),
        );
        /// `m7.small.31`
        pub const M7Small31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1052u32),
        );
        /// `x1.small.31`
        pub const X1Small31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1053u32),
        );
        /// `ai1s.small.31`
        pub const Ai1sSmall31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1054u32),
        );
        /// `s6.medium.31`
        pub const S6Medium31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1055u32),
        );
        /// `c7.medium.31`
        pub const C7Medium31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1056u32),
        );
        /// `m7.medium.31`
        pub const M7Medium31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1057u32),
        );
        /// `x1.medium.31`
        pub const X1Medium31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1058u32),
        );
        /// `ai1s.medium.31`
        pub const Ai1sMedium31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1059u32),
        );
        /// `s6.large.31`
        pub const S6Large31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1060u32),
        );
        /// `c7.large.31`
        pub const C7Large31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1061u32),
        );
        /// `m7.large.31`
        pub const M7Large31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1062u32),
        );
        /// `x1.large.31`
        pub const X1Large31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1063u32),
        );
        /// `ai1s.large.31`
        pub const Ai1sLarge31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1064u32),
        );
        /// `s6.xlarge.31`
        pub const S6Xlarge31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1065u32),
        );
        /// `c7.xlarge.31`
        pub const C7Xlarge31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1066u32),
        );
        /// `m7.xlarge.31`
        pub const M7Xlarge31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1067u32),
        );
        /// `x1.xlarge.31`
        pub const X1Xlarge31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1068u32),
        );
        /// `ai1s.xlarge.31`
        pub const Ai1sXlarge31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1069u32),
        );
        /// `s6.2xlarge.31`
        pub const S62xlarge31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1070u32),
        );
        /// `c7.2xlarge.31`
        pub const C72xlarge31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1071u32),
        );
        /// `m7.2xlarge.31`
        pub const M72xlarge31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1072u32),
        );
        /// `x1.2xlarge.31`
        pub const X12xlarge31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1073u32),
        );
        /// `ai1s.2xlarge.31`
        pub const Ai1s2xlarge31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1074u32),
        );
        /// `s6.4xlarge.31`
        pub const S64xlarge31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1075u32),
        );
        /// `c7.4xlarge.31`
        pub const C74xlarge31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1076u32),
        );
        /// `m7.4xlarge.31`
        pub const M74xlarge31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1077u32),
        );
        /// `x1.4xlarge.31`
        pub const X14xlarge31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1078u32),
        );
        /// `ai1s.4xlarge.31`
        pub const Ai1s4xlarge31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1079u32),
        );
        /// `s6.8xlarge.31`
        pub const S68xlarge31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1080u32),
        );
        /// `c7.8xlarge.31`
        pub const C78xlarge31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1081u32),
        );
        /// `m7.8xlarge.31`
        pub const M78xlarge31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1082u32),
        );
        /// `x1.8xlarge.31`
        pub const X18xlarge31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1083u32),
        );
        /// `ai1s.8xlarge.31`
        pub const Ai1s8xlarge31: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1084u32),
        );
        /// `s6.small.32`
        pub const S6Small32: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1085u32),
        );
        /// `c7.small.32`
        pub const C7Small32: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1086u32),
        );
        /// `m7.small.32`
        pub const M7Small32: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1087u32),
        );
        /// `x1.small.32`
        pub const X1Small32: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1088u32),
        );
        /// `ai1s.small.32`
        pub const Ai1sSmall32: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1089u32),
        );
        /// `s6.medium.32`
        pub const S6Medium32: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1090u32),
        );
        /// `c7.medium.32`
        pub const C7Medium32: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1091u32),
        );
        /// `m7.medium.32`
        pub const M7Medium32: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1092u32),
        );
        /// `x1.medium.32`
        pub const X1Medium32: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1093u32),
        );
        /// `ai1s.medium.32`
        pub const Ai1sMedium32: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1094u32),
        );
        /// `s6.large.32`
        pub const S6Large32: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1095u32),
        );
        /// `c7.large.32`
        pub const C7Large32: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1096u32),
        );
        /// `m7.large.32`
        pub const M7Large32: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1097u32),
        );
        /// `x1.large.32`
        pub const X1Large32: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1098u32),
        );
        /// `ai1s.large.32`
        pub const Ai1sLarge32: Self = Self(
            ::generated_client::__private::LargeEnum::Known(1099u32),
        );
        /// Every value the spec lists.
        pub const VALUES: &'static [&'static str] = &[
            "s6.small.1",
            "c7.small.1",
            "m7.small.1",
            "x1.small.1",
            "ai1s.small.1",
            "s6.medium.1",
            "c7.medium.1",
            "m7.medium.1",
            "x1.medium.1",
            "ai1s.medium.1",
            "s6.large.1",
            "c7.large.1",
            "m7.large.1",
            "x1.large.1",
            "ai1s.large.1",
            "s6.xlarge.1",
            "c7.xlarge.1",
            "m7.xlarge.1",
            "x1.xlarge.1",
            "ai1s.xlarge.1",
            "s6.2xlarge.1",
            "c7.2xlarge.1",
            "m7.2xlarge.1",
            "x1.2xlarge.1",
            "ai1s.2xlarge.1",
            "s6.4xlarge.1",
            "c7.4xlarge.1",
            "m7.4xlarge.1",
            "x1.4xlarge.1",
            "ai1s.4xlarge.1",
            "s6.8xlarge.1",
            "c7.8xlarge.1",
            "m7.8xlarge.1",
            "x1.8xlarge.1",
            "ai1s.8xlarge.1",
            "s6.small.2",
            "c7.small.2",
            "m7.small.2",
            "x1.small.2",
            "ai1s.small.2",
            "s6.medium.2",
            "c7.medium.2",
            "m7.medium.2",
            "x1.medium.2",
            "ai1s.medium.2",
            "s6.large.2",
            "c7.large.2",
            "m7.large.2",
            "x1.large.2",
            "ai1s.large.2",
            "s6.xlarge.2",
            "c7.xlarge.2",
            "m7.xlarge.2",
            "x1.xlarge.2",
            "ai1s.xlarge.2",
            "s6.2xlarge.2",
            "c7.2xlarge.2",
            "m7.2xlarge.2",
            "x1.2xlarge.2",
            "ai1s.2xlarge.2",
            "s6.4xlarge.2",
            "c7.4xlarge.2",
            "m7.4xlarge.2",
            "x1.4xlarge.2",
            "ai1s.4xlarge.2",
            "s6.8xlarge.2",
            "c7.8xlarge.2",
            "m7.8xlarge.2",
            "x1.8xlarge.2",
            "ai1s.8xlarge.2",
            "s6.small.3",
            "c7.small.3",
            "m7.small.3",
            "x1.small.3",
            "ai1s.small.3",
            "s6.medium.3",
            "c7.medium.3",
            "m7.medium.3",
            "x1.medium.3",
            "ai1s.medium.3",
            "s6.large.3",
            "c7.large.3",
            "m7.large.3",
            "x1.large.3",
            "ai1s.large.3",
            "s6.xlarge.3",
            "c7.xlarge.3",
            "m7.xlarge.3",
            "x1.xlarge.3",
            "ai1s.xlarge.3",
            "s6.2xlarge.3",
            "c7.2xlarge.3",
            "m7.2xlarge.3",
            "x1.2xlarge.3",
            "ai1s.2xlarge.3",
            "s6.4xlarge.3",
            "c7.4xlarge.3",
            "m7.4xlarge.3",
            "x1.4xlarge.3",
            "ai1s.4xlarge.3",
            "s6.8xlarge.3",
            "c7.8xlarge.3",
            "m7.8xlarge.3",
            "x1.8xlarge.3",
            "ai1s.8xlarge.3",
            "s6.small.4",
            "c7.small.4",
            "m7.small.4",
            "x1.small.4",
            "ai1s.small.4",
            "s6.medium.4",
            "c7.medium.4",
            "m7.medium.4",
            "x1.medium.4",
            "ai1s.medium.4",
            "s6.large.4",
            "c7.large.4",
            "m7.large.4",
            "x1.large.4",
            "ai1s.large.4",
            "s6.xlarge.4",
            "c7.xlarge.4",
            "m7.xlarge.4",
            "x1.xlarge.4",
            "ai1s.xlarge.4",
            "s6.2xlarge.4",
            "c7.2xlarge.4",
            "m7.2xlarge.4",
            "x1.2xlarge.4",
            "ai1s.2xlarge.4",
            "s6.4xlarge.4",
            "c7.4xlarge.4",
            "m7.4xlarge.4",
            "x1.4xlarge.4",
            "ai1s.4xlarge.4",
            "s6.8xlarge.4",
            "c7.8xlarge.4",
            "m7.8xlarge.4",
            "x1.8xlarge.4",
            "ai1s.8xlarge.4",
            "s6.small.5",
            "c7.small.5",
            "m7.small.5",
            "x1.small.5",
            "ai1s.small.5",
            "s6.medium.5",
            "c7.medium.5",
            "m7.medium.5",
            "x1.medium.5",
            "ai1s.medium.5",
            "s6.large.5",
            "c7.large.5",
            "m7.large.5",
            "x1.large.5",
            "ai1s.large.5",
            "s6.xlarge.5",
            "c7.xlarge.5",
            "m7.xlarge.5",
            "x1.xlarge.5",
            "ai1s.xlarge.5",
            "s6.2xlarge.5",
            "c7.2xlarge.5",
            "m7.2xlarge.5",
            "x1.2xlarge.5",
            "ai1s.2xlarge.5",
            "s6.4xlarge.5",
            "c7.4xlarge.5",
            "m7.4xlarge.5",
            "x1.4xlarge.5",
            "ai1s.4xlarge.5",
            "s6.8xlarge.5",
            "c7.8xlarge.5",
            "m7.8xlarge.5",
            "x1.8xlarge.5",
            "ai1s.8xlarge.5",
            "s6.small.6",
            "c7.small.6",
            "m7.small.6",
            "x1.small.6",
            "ai1s.small.6",
            "s6.medium.6",
            "c7.medium.6",
            "m7.medium.6",
            "x1.medium.6",
            "ai1s.medium.6",
            "s6.large.6",
            "c7.large.6",
            "m7.large.6",
            "x1.large.6",
            "ai1s.large.6",
            "s6.xlarge.6",
            "c7.xlarge.6",
            "m7.xlarge.6",
            "x1.xlarge.6",
            "ai1s.xlarge.6",
            "s6.2xlarge.6",
            "c7.2xlarge.6",
            "m7.2xlarge.6",
            "x1.2xlarge.6",
            "ai1s.2xlarge.6",
            "s6.4xlarge.6",
            "c7.4xlarge.6",
            "m7.4xlarge.6",
            "x1.4xlarge.6",
            "ai1s.4xlarge.6",
            "s6.8xlarge.6",
            "c7.8xlarge.6",
            "m7.8xlarge.6",
            "x1.8xlarge.6",
            "ai1s.8xlarge.6",
            "s6.small.7",
            "c7.small.7",
            "m7.small.7",
            "x1.small.7",
            "ai1s.small.7",
            "s6.medium.7",
            "c7.medium.7",
            "m7.medium.7",
            "x1.medium.7",
            "ai1s.medium.7",
            "s6.large.7",
            "c7.large.7",
            "m7.large.7",
            "x1.large.7",
            "ai1s.large.7",
            "s6.xlarge.7",
            "c7.xlarge.7",
            "m7.xlarge.7",
            "x1.xlarge.7",
            "ai1s.xlarge.7",
            "s6.2xlarge.7",
            "c7.2xlarge.7",
            "m7.2xlarge.7",
            "x1.2xlarge.7",
            "ai1s.2xlarge.7",
            "s6.4xlarge.7",
            "c7.4xlarge.7",
            "m7.4xlarge.7",
            "x1.4xlarge.7",
            "ai1s.4xlarge.7",
            "s6.8xlarge.7",
            "c7.8xlarge.7",
            "m7.8xlarge.7",
            "x1.8xlarge.7",
            "ai1s.8xlarge.7",
            "s6.small.8",
            "c7.small.8",
            "m7.small.8",
            "x1.small.8",
            "ai1s.small.8",
            "s6.medium.8",
            "c7.medium.8",
            "m7.medium.8",
            "x1.medium.8",
            "ai1s.medium.8",
            "s6.large.8",
            "c7.large.8",
            "m7.large.8",
            "x1.large.8",
            "ai1s.large.8",
            "s6.xlarge.8",
            "c7.xlarge.8",
            "m7.xlarge.8",
            "x1.xlarge.8",
            "ai1s.xlarge.8",
            "s6.2xlarge.8",
            "c7.2xlarge.8",
            "m7.2xlarge.8",
            "x1.2xlarge.8",
            "ai1s.2xlarge.8",
            "s6.4xlarge.8",
            "c7.4xlarge.8",
            "m7.4xlarge.8",
            "x1.4xlarge.8",
            "ai1s.4xlarge.8",
            "s6.8xlarge.8",
            "c7.8xlarge.8",
            "m7.8xlarge.8",
            "x1.8xlarge.8",
            "ai1s.8xlarge.8",
            "s6.small.9",
            "c7.small.9",
            "m7.small.9",
            "x1.small.9",
            "ai1s.small.9",
            "s6.medium.9",
            "c7.medium.9",
            "m7.medium.9",
            "x1.medium.9",
            "ai1s.medium.9",
            "s6.large.9",
            "c7.large.9",
            "m7.large.9",
            "x1.large.9",
            "ai1s.large.9",
            "s6.xlarge.9",
            "c7.xlarge.9",
            "m7.xlarge.9",
            "x1.xlarge.9",
            "ai1s.xlarge.9",
            "s6.2xlarge.9",
            "c7.2xlarge.9",
            "m7.2xlarge.9",
            "x1.2xlarge.9",
            "ai1s.2xlarge.9",
            "s6.4xlarge.9",
            "c7.4xlarge.9",
            "m7.4xlarge.9",
            "x1.4xlarge.9",
            "ai1s.4xlarge.9",
            "s6.8xlarge.9",
            "c7.8xlarge.9",
            "m7.8xlarge.9",
            "x1.8xlarge.9",
            "ai1s.8xlarge.9",
            "s6.small.10",
            "c7.small.10",
            "m7.small.10",
            "x1.small.10",
            "ai1s.small.10",
            "s6.medium.10",
            "c7.medium.10",
            "m7.medium.10",
            "x1.medium.10",
            "ai1s.medium.10",
            "s6.large.10",
            "c7.large.10",
            "m7.large.10",
            "x1.large.10",
            "ai1s.large.10",
            "s6.xlarge.10",
            "c7.xlarge.10",
            "m7.xlarge.10",
            "x1.xlarge.10",
            "ai1s.xlarge.10",
            "s6.2xlarge.10",
            "c7.2xlarge.10",
            "m7.2xlarge.10",
            "x1.2xlarge.10",
            "ai1s.2xlarge.10",
            "s6.4xlarge.10",
            "c7.4xlarge.10",
            "m7.4xlarge.10",
            "x1.4xlarge.10",
            "ai1s.4xlarge.10",
            "s6.8xlarge.10",
            "c7.8xlarge.10",
            "m7.8xlarge.10",
            "x1.8xlarge.10",
            "ai1s.8xlarge.10",
            "s6.small.11",
            "c7.small.11",
            "m7.small.11",
            "x1.small.11",
            "ai1s.small.11",
            "s6.medium.11",
            "c7.medium.11",
            "m7.medium.11",
            "x1.medium.11",
            "ai1s.medium.11",
            "s6.large.11",
            "c7.large.11",
            "m7.large.11",
            "x1.large.11",
            "ai1s.large.11",
            "s6.xlarge.11",
            "c7.xlarge.11",
            "m7.xlarge.11",
            "x1.xlarge.11",
            "ai1s.xlarge.11",
            "s6.2xlarge.11",
            "c7.2xlarge.11",
            "m7.2xlarge.11",
            "x1.2xlarge.11",
            "ai1s.2xlarge.11",
            "s6.4xlarge.11",
            "c7.4xlarge.11",
            "m7.4xlarge.11",
            "x1.4xlarge.11",
            "ai1s.4xlarge.11",
            "s6.8xlarge.11",
            "c7.8xlarge.11",
            "m7.8xlarge.11",
            "x1.8xlarge.11",
            "ai1s.8xlarge.11",
            "s6.small.12",
            "c7.small.12",
            "m7.small.12",
            "x1.small.12",
            "ai1s.small.12",
            "s6.medium.12",
            "c7.medium.12",
            "m7.medium.12",
            "x1.medium.12",
            "ai1s.medium.12",
            "s6.large.12",
            "c7.large.12",
            "m7.large.12",
            "x1.large.12",
            "ai1s.large.12",
            "s6.xlarge.12",
            "c7.xlarge.12",
            "m7.xlarge.12",
            "x1.xlarge.12",
            "ai1s.xlarge.12",
            "s6.2xlarge.12",
            "c7.2xlarge.12",
            "m7.2xlarge.12",
            "x1.2xlarge.12",
            "ai1s.2xlarge.12",
            "s6.4xlarge.12",
            "c7.4xlarge.12",
            "m7.4xlarge.12",
            "x1.4xlarge.12",
            "ai1s.4xlarge.12",
            "s6.8xlarge.12",
            "c7.8xlarge.12",
            "m7.8xlarge.12",
            "x1.8xlarge.12",
            "ai1s.8xlarge.12",
            "s6.small.13",
            "c7.small.13",
            "m7.small.13",
            "x1.small.13",
            "ai1s.small.13",
            "s6.medium.13",
            "c7.medium.13",
            "m7.medium.13",
            "x1.medium.13",
            "ai1s.medium.13",
            "s6.large.13",
            "c7.large.13",
            "m7.large.13",
            "x1.large.13",
            "ai1s.large.13",
            "s6.xlarge.13",
            "c7.xlarge.13",
            "m7.xlarge.13",
            "x1.xlarge.13",
            "ai1s.xlarge.13",
            "s6.2xlarge.13",
            "c7.2xlarge.13",
            "m7.2xlarge.13",
            "x1.2xlarge.13",
            "ai1s.2xlarge.13",
            "s6.4xlarge.13",
            "c7.4xlarge.13",
            "m7.4xlarge.13",
            "x1.4xlarge.13",
            "ai1s.4xlarge.13",
            "s6.8xlarge.13",
            "c7.8xlarge.13",
            "m7.8xlarge.13",
            "x1.8xlarge.13",
            "ai1s.8xlarge.13",
            "s6.small.14",
            "c7.small.14",
            "m7.small.14",
            "x1.small.14",
            "ai1s.small.14",
            "s6.medium.14",
            "c7.medium.14",
            "m7.medium.14",
            "x1.medium.14",
            "ai1s.medium.14",
            "s6.large.14",
            "c7.large.14",
            "m7.large.14",
            "x1.large.14",
            "ai1s.large.14",
            "s6.xlarge.14",
            "c7.xlarge.14",
            "m7.xlarge.14",
            "x1.xlarge.14",
            "ai1s.xlarge.14",
            "s6.2xlarge.14",
            "c7.2xlarge.14",
            "m7.2xlarge.14",
            "x1.2xlarge.14",
            "ai1s.2xlarge.14",
            "s6.4xlarge.14",
            "c7.4xlarge.14",
            "m7.4xlarge.14",
            "x1.4xlarge.14",
            "ai1s.4xlarge.14",
            "s6.8xlarge.14",
            "c7.8xlarge.14",
            "m7.8xlarge.14",
            "x1.8xlarge.14",
            "ai1s.8xlarge.14",
            "s6.small.15",
            "c7.small.15",
            "m7.small.15",
            "x1.small.15",
            "ai1s.small.15",
            "s6.medium.15",
            "c7.medium.15",
            "m7.medium.15",
            "x1.medium.15",
            "ai1s.medium.15",
            "s6.large.15",
            "c7.large.15",
            "m7.large.15",
            "x1.large.15",
            "ai1s.large.15",
            "s6.xlarge.15",
            "c7.xlarge.15",
            "m7.xlarge.15",
            "x1.xlarge.15",
            "ai1s.xlarge.15",
            "s6.2xlarge.15",
            "c7.2xlarge.15",
            "m7.2xlarge.15",
            "x1.2xlarge.15",
            "ai1s.2xlarge.15",
            "s6.4xlarge.15",
            "c7.4xlarge.15",
            "m7.4xlarge.15",
            "x1.4xlarge.15",
            "ai1s.4xlarge.15",
            "s6.8xlarge.15",
            "c7.8xlarge.15",
            "m7.8xlarge.15",
            "x1.8xlarge.15",
            "ai1s.8xlarge.15",
            "s6.small.16",
            "c7.small.16",
            "m7.small.16",
            "x1.small.16",
            "ai1s.small.16",
            "s6.medium.16",
            "c7.medium.16",
            "m7.medium.16",
            "x1.medium.16",
            "ai1s.medium.16",
            "s6.large.16",
            "c7.large.16",
            "m7.large.16",
            "x1.large.16",
            "ai1s.large.16",
            "s6.xlarge.16",
            "c7.xlarge.16",
            "m7.xlarge.16",
            "x1.xlarge.16",
            "ai1s.xlarge.16",
            "s6.2xlarge.16",
            "c7.2xlarge.16",
            "m7.2xlarge.16",
            "x1.2xlarge.16",
            "ai1s.2xlarge.16",
            "s6.4xlarge.16",
            "c7.4xlarge.16",
            "m7.4xlarge.16",
            "x1.4xlarge.16",
            "ai1s.4xlarge.16",
            "s6.8xlarge.16",
            "c7.8xlarge.16",
            "m7.8xlarge.16",
            "x1.8xlarge.16",
            "ai1s.8xlarge.16",
            "s6.small.17",
            "c7.small.17",
            "m7.small.17",
            "x1.small.17",
            "ai1s.small.17",
            "s6.medium.17",
            "c7.medium.17",
            "m7.medium.17",
            "x1.medium.17",
            "ai1s.medium.17",
            "s6.large.17",
            "c7.large.17",
            "m7.large.17",
            "x1.large.17",
            "ai1s.large.17",
            "s6.xlarge.17",
            "c7.xlarge.17",
            "m7.xlarge.17",
            "x1.xlarge.17",
            "ai1s.xlarge.17",
            "s6.2xlarge.17",
            "c7.2xlarge.17",
            "m7.2xlarge.17",
            "x1.2xlarge.17",
            "ai1s.2xlarge.17",
            "s6.4xlarge.17",
            "c7.4xlarge.17",
            "m7.4xlarge.17",
            "x1.4xlarge.17",
            "ai1s.4xlarge.17",
            "s6.8xlarge.17",
            "c7.8xlarge.17",
            "m7.8xlarge.17",
            "x1.8xlarge.17",
            "ai1s.8xlarge.17",
            "s6.small.18",
            "c7.small.18",
            "m7.small.18",
            "x1.small.18",
            "ai1s.small.18",
            "s6.medium.18",
            "c7.medium.18",
            "m7.medium.18",
            "x1.medium.18",
            "ai1s.medium.18",
            "s6.large.18",
            "c7.large.18",
            "m7.large.18",
            "x1.large.18",
            "ai1s.large.18",
            "s6.xlarge.18",
            "c7.xlarge.18",
            "m7.xlarge.18",
            "x1.xlarge.18",
            "ai1s.xlarge.18",
            "s6.2xlarge.18",
            "c7.2xlarge.18",
            "m7.2xlarge.18",
            "x1.2xlarge.18",
            "ai1s.2xlarge.18",
            "s6.4xlarge.18",
            "c7.4xlarge.18",
            "m7.4xlarge.18",
            "x1.4xlarge.18",
            "ai1s.4xlarge.18",
            "s6.8xlarge.18",
            "c7.8xlarge.18",
            "m7.8xlarge.18",
            "x1.8xlarge.18",
            "ai1s.8xlarge.18",
            "s6.small.19",
            "c7.small.19",
            "m7.small.19",
            "x1.small.19",
            "ai1s.small.19",
            "s6.medium.19",
            "c7.medium.19",
            "m7.medium.19",
            "x1.medium.19",
            "ai1s.medium.19",
            "s6.large.19",
            "c7.large.19",
            "m7.large.19",
            "x1.large.19",
            "ai1s.large.19",
            "s6.xlarge.19",
            "c7.xlarge.19",
            "m7.xlarge.19",
            "x1.xlarge.19",
            "ai1s.xlarge.19",
            "s6.2xlarge.19",
            "c7.2xlarge.19",
            "m7.2xlarge.19",
            "x1.2xlarge.19",
            "ai1s.2xlarge.19",
            "s6.4xlarge.19",
            "c7.4xlarge.19",
            "m7.4xlarge.19",
            "x1.4xlarge.19",
            "ai1s.4xlarge.19",
            "s6.8xlarge.19",
            "c7.8xlarge.19",
            "m7.8xlarge.19",
            "x1.8xlarge.19",
            "ai1s.8xlarge.19",
            "s6.small.20",
            "c7.small.20",
            "m7.small.20",
            "x1.small.20",
            "ai1s.small.20",
            "s6.medium.20",
            "c7.medium.20",
            "m7.medium.20",
            "x1.medium.20",
            "ai1s.medium.20",
            "s6.large.20",
            "c7.large.20",
            "m7.large.20",
            "x1.large.20",
            "ai1s.large.20",
            "s6.xlarge.20",
            "c7.xlarge.20",
            "m7.xlarge.20",
            "x1.xlarge.20",
            "ai1s.xlarge.20",
            "s6.2xlarge.20",
            "c7.2xlarge.20",
            "m7.2xlarge.20",
            "x1.2xlarge.20",
            "ai1s.2xlarge.20",
            "s6.4xlarge.20",
            "c7.4xlarge.20",
            "m7.4xlarge.20",
            "x1.4xlarge.20",
            "ai1s.4xlarge.20",
            "s6.8xlarge.20",
            "c7.8xlarge.20",
            "m7.8xlarge.20",
            "x1.8xlarge.20",
            "ai1s.8xlarge.20",
            "s6.small.21",
            "c7.small.21",
            "m7.small.21",
            "x1.small.21",
            "ai1s.small.21",
            "s6.medium.21",
            "c7.medium.21",
            "m7.medium.21",
            "x1.medium.21",
            "ai1s.medium.21",
            "s6.large.21",
            "c7.large.21",
            "m7.large.21",
            "x1.large.21",
            "ai1s.large.21",
            "s6.xlarge.21",
            "c7.xlarge.21",
            "m7.xlarge.21",
            "x1.xlarge.21",
            "ai1s.xlarge.21",
            "s6.2xlarge.21",
            "c7.2xlarge.21",
            "m7.2xlarge.21",
            "x1.2xlarge.21",
            "ai1s.2xlarge.21",
            "s6.4xlarge.21",
            "c7.4xlarge.21",
            "m7.4xlarge.21",
            "x1.4xlarge.21",
            "ai1s.4xlarge.21",
            "s6.8xlarge.21",
            "c7.8xlarge.21",
            "m7.8xlarge.21",
            "x1.8xlarge.21",
            "ai1s.8xlarge.21",
            "s6.small.22",
            "c7.small.22",
            "m7.small.22",
            "x1.small.22",
            "ai1s.small.22",
            "s6.medium.22",
            "c7.medium.22",
            "m7.medium.22",
            "x1.medium.22",
            "ai1s.medium.22",
            "s6.large.22",
            "c7.large.22",
            "m7.large.22",
            "x1.large.22",
            "ai1s.large.22",
            "s6.xlarge.22",
            "c7.xlarge.22",
            "m7.xlarge.22",
            "x1.xlarge.22",
            "ai1s.xlarge.22",
            "s6.2xlarge.22",
            "c7.2xlarge.22",
            "m7.2xlarge.22",
            "x1.2xlarge.22",
            "ai1s.2xlarge.22",
            "s6.4xlarge.22",
            "c7.4xlarge.22",
            "m7.4xlarge.22",
            "x1.4xlarge.22",
            "ai1s.4xlarge.22",
            "s6.8xlarge.22",
            "c7.8xlarge.22",
            "m7.8xlarge.22",
            "x1.8xlarge.22",
            "ai1s.8xlarge.22",
            "s6.small.23",
            "c7.small.23",
            "m7.small.23",
            "x1.small.23",
            "ai1s.small.23",
            "s6.medium.23",
            "c7.medium.23",
            "m7.medium.23",
            "x1.medium.23",
            "ai1s.medium.23",
            "s6.large.23",
            "c7.large.23",
            "m7.large.23",
            "x1.large.23",
            "ai1s.large.23",
            "s6.xlarge.23",
            "c7.xlarge.23",
            "m7.xlarge.23",
            "x1.xlarge.23",
            "ai1s.xlarge.23",
            "s6.2xlarge.23",
            "c7.2xlarge.23",
            "m7.2xlarge.23",
            "x1.2xlarge.23",
            "ai1s.2xlarge.23",
            "s6.4xlarge.23",
            "c7.4xlarge.23",
            "m7.4xlarge.23",
            "x1.4xlarge.23",
            "ai1s.4xlarge.23",
            "s6.8xlarge.23",
            "c7.8xlarge.23",
            "m7.8xlarge.23",
            "x1.8xlarge.23",
            "ai1s.8xlarge.23",
            "s6.small.24",
            "c7.small.24",
            "m7.small.24",
            "x1.small.24",
            "ai1s.small.24",
            "s6.medium.24",
            "c7.medium.24",
            "m7.medium.24",
            "x1.medium.24",
            "ai1s.medium.24",
            "s6.large.24",
            "c7.large.24",
            "m7.large.24",
            "x1.large.24",
            "ai1s.large.24",
            "s6.xlarge.24",
            "c7.xlarge.24",
            "m7.xlarge.24",
            "x1.xlarge.24",
            "ai1s.xlarge.24",
            "s6.2xlarge.24",
            "c7.2xlarge.24",
            "m7.2xlarge.24",
            "x1.2xlarge.24",
            "ai1s.2xlarge.24",
            "s6.4xlarge.24",
            "c7.4xlarge.24",
            "m7.4xlarge.24",
            "x1.4xlarge.24",
            "ai1s.4xlarge.24",
            "s6.8xlarge.24",
            "c7.8xlarge.24",
            "m7.8xlarge.24",
            "x1.8xlarge.24",
            "ai1s.8xlarge.24",
            "s6.small.25",
            "c7.small.25",
            "m7.small.25",
            "x1.small.25",
            "ai1s.small.25",
            "s6.medium.25",
            "c7.medium.25",
            "m7.medium.25",
            "x1.medium.25",
            "ai1s.medium.25",
            "s6.large.25",
            "c7.large.25",
            "m7.large.25",
            "x1.large.25",
            "ai1s.large.25",
            "s6.xlarge.25",
            "c7.xlarge.25",
            "m7.xlarge.25",
            "x1.xlarge.25",
            "ai1s.xlarge.25",
            "s6.2xlarge.25",
            "c7.2xlarge.25",
            "m7.2xlarge.25",
            "x1.2xlarge.25",
            "ai1s.2xlarge.25",
            "s6.4xlarge.25",
            "c7.4xlarge.25",
            "m7.4xlarge.25",
            "x1.4xlarge.25",
            "ai1s.4xlarge.25",
            "s6.8xlarge.25",
            "c7.8xlarge.25",
            "m7.8xlarge.25",
            "x1.8xlarge.25",
            "ai1s.8xlarge.25",
            "s6.small.26",
            "c7.small.26",
            "m7.small.26",
            "x1.small.26",
            "ai1s.small.26",
            "s6.medium.26",
            "c7.medium.26",
            "m7.medium.26",
            "x1.medium.26",
            "ai1s.medium.26",
            "s6.large.26",
            "c7.large.26",
            "m7.large.26",
            "x1.large.26",
            "ai1s.large.26",
            "s6.xlarge.26",
            "c7.xlarge.26",
            "m7.xlarge.26",
            "x1.xlarge.26",
            "ai1s.xlarge.26",
            "s6.2xlarge.26",
            "c7.2xlarge.26",
            "m7.2xlarge.26",
            "x1.2xlarge.26",
            "ai1s.2xlarge.26",
            "s6.4xlarge.26",
            "c7.4xlarge.26",
            "m7.4xlarge.26",
            "x1.4xlarge.26",
            "ai1s.4xlarge.26",
            "s6.8xlarge.26",
            "c7.8xlarge.26",
            "m7.8xlarge.26",
            "x1.8xlarge.26",
            "ai1s.8xlarge.26",
            "s6.small.27",
            "c7.small.27",
            "m7.small.27",
            "x1.small.27",
            "ai1s.small.27",
            "s6.medium.27",
            "c7.medium.27",
            "m7.medium.27",
            "x1.medium.27",
            "ai1s.medium.27",
            "s6.large.27",
            "c7.large.27",
            "m7.large.27",
            "x1.large.27",
            "ai1s.large.27",
            "s6.xlarge.27",
            "c7.xlarge.27",
            "m7.xlarge.27",
            "x1.xlarge.27",
            "ai1s.xlarge.27",
            "s6.2xlarge.27",
            "c7.2xlarge.27",
            "m7.2xlarge.27",
            "x1.2xlarge.27",
            "ai1s.2xlarge.27",
            "s6.4xlarge.27",
            "c7.4xlarge.27",
            "m7.4xlarge.27",
            "x1.4xlarge.27",
            "ai1s.4xlarge.27",
            "s6.8xlarge.27",
            "c7.8xlarge.27",
            "m7.8xlarge.27",
            "x1.8xlarge.27",
            "ai1s.8xlarge.27",
            "s6.small.28",
            "c7.small.28",
            "m7.small.28",
            "x1.small.28",
            "ai1s.small.28",
            "s6.medium.28",
            "c7.medium.28",
            "m7.medium.28",
            "x1.medium.28",
            "ai1s.medium.28",
            "s6.large.28",
            "c7.large.28",
            "m7.large.28",
            "x1.large.28",
            "ai1s.large.28",
            "s6.xlarge.28",
            "c7.xlarge.28",
            "m7.xlarge.28",
            "x1.xlarge.28",
            "ai1s.xlarge.28",
            "s6.2xlarge.28",
            "c7.2xlarge.28",
            "m7.2xlarge.28",
            "x1.2xlarge.28",
            "ai1s.2xlarge.28",
            "s6.4xlarge.28",
            "c7.4xlarge.28",
            "m7.4xlarge.28",
            "x1.4xlarge.28",
            "ai1s.4xlarge.28",
            "s6.8xlarge.28",
            "c7.8xlarge.28",
            "m7.8xlarge.28",
            "x1.8xlarge.28",
            "ai1s.8xlarge.28",
            "s6.small.29",
            "c7.small.29",
            "m7.small.29",
            "x1.small.29",
            "ai1s.small.29",
            "s6.medium.29",
            "c7.medium.29",
            "m7.medium.29",
            "x1.medium.29",
            "ai1s.medium.29",
            "s6.large.29",
            "c7.large.29",
            "m7.large.29",
            "x1.large.29",
            "ai1s.large.29",
            "s6.xlarge.29",
            "c7.xlarge.29",
            "m7.xlarge.29",
            "x1.xlarge.29",
            "ai1s.xlarge.29",
            "s6.2xlarge.29",
            "c7.2xlarge.29",
            "m7.2xlarge.29",
            "x1.2xlarge.29",
            "ai1s.2xlarge.29",
            "s6.4xlarge.29",
            "c7.4xlarge.29",
            "m7.4xlarge.29",
            "x1.4xlarge.29",
            "ai1s.4xlarge.29",
            "s6.8xlarge.29",
            "c7.8xlarge.29",
            "m7.8xlarge.29",
            "x1.8xlarge.29",
            "ai1s.8xlarge.29",
            "s6.small.30",
            "c7.small.30",
            "m7.small.30",
            "x1.small.30",
            "ai1s.small.30",
            "s6.medium.30",
            "c7.medium.30",
            "m7.medium.30",
            "x1.medium.30",
            "ai1s.medium.30",
            "s6.large.30",
            "c7.large.30",
            "m7.large.30",
            "x1.large.30",
            "ai1s.large.30",
            "s6.xlarge.30",
            "c7.xlarge.30",
            "m7.xlarge.30",
            "x1.xlarge.30",
            "ai1s.xlarge.30",
            "s6.2xlarge.30",
            "c7.2xlarge.30",
            "m7.2xlarge.30",
            "x1.2xlarge.30",
            "ai1s.2xlarge.30",
            "s6.4xlarge.30",
            "c7.4xlarge.30",
            "m7.4xlarge.30",
            "x1.4xlarge.30",
            "ai1s.4xlarge.30",
            "s6.8xlarge.30",
            "c7.8xlarge.30",
            "m7.8xlarge.30",
            "x1.8xlarge.30",
            "ai1s.8xlarge.30",
            "s6.small.31",
            "c7.small.31",
            "m7.small.31",
            "x1.small.31",
            "ai1s.small.31",
            "s6.medium.31",
            "c7.medium.31",
            "m7.medium.31",
            "x1.medium.31",
            "ai1s.medium.31",
            "s6.large.31",
            "c7.large.31",
            "m7.large.31",
            "x1.large.31",
            "ai1s.large.31",
            "s6.xlarge.31",
            "c7.xlarge.31",
            "m7.xlarge.31",
            "x1.xlarge.31",
            "ai1s.xlarge.31",
            "s6.2xlarge.31",
            "c7.2xlarge.31",
            "m7.2xlarge.31",
            "x1.2xlarge.31",
            "ai1s.2xlarge.31",
            "s6.4xlarge.31",
            "c7.4xlarge.31",
            "m7.4xlarge.31",
            "x1.4xlarge.31",
            "ai1s.4xlarge.31",
            "s6.8xlarge.31",
            "c7.8xlarge.31",
            "m7.8xlarge.31",
            "x1.8xlarge.31",
            "ai1s.8xlarge.31",
            "s6.small.32",
            "c7.small.32",
            "m7.small.32",
            "x1.small.32",
            "ai1s.small.32",
            "s6.medium.32",
            "c7.medium.32",
            "m7.medium.32",
            "x1.medium.32",
            "ai1s.medium.32",
            "s6.large.32",
            "c7.large.32",
            "m7.large.32",
            "x1.large.32",
            "ai1s.large.32",
        ];
        const NAMES: &'static [&'static str] = &[
            "S6Small1",
            "C7Small1",
            "M7Small1",
            "X1Small1",
            "Ai1sSmall1",
            "S6Medium1",
            "C7Medium1",
            "M7Medium1",
            "X1Medium1",
            "Ai1sMedium1",
            "S6Large1",
            "C7Large1",
            "M7Large1",
            "X1Large1",
            "Ai1sLarge1",
            "S6Xlarge1",
            "C7Xlarge1",
            "M7Xlarge1",
            "X1Xlarge1",
            "Ai1sXlarge1",
            "S62xlarge1",
            "C72xlarge1",
            "M72xlarge1",
            "X12xlarge1",
            "Ai1s2xlarge1",
            "S64xlarge1",
            "C74xlarge1",
            "M74xlarge1",
            "X14xlarge1",
            "Ai1s4xlarge1",
            "S68xlarge1",
            "C78xlarge1",
            "M78xlarge1",
            "X18xlarge1",
            "Ai1s8xlarge1",
            "S6Small2",
            "C7Small2",
            "M7Small2",
            "X1Small2",
            "Ai1sSmall2",
            "S6Medium2",
            "C7Medium2",
            "M7Medium2",
            "X1Medium2",
            "Ai1sMedium2",
            "S6Large2",
            "C7Large2",
            "M7Large2",
            "X1Large2",
            "Ai1sLarge2",
            "S6Xlarge2",
            "C7Xlarge2",
            "M7Xlarge2",
            "X1Xlarge2",
            "Ai1sXlarge2",
            "S62xlarge2",
            "C72xlarge2",
            "M72xlarge2",
            "X12xlarge2",
            "Ai1s2xlarge2",
            "S64xlarge2",
            "C74xlarge2",
            "M74xlarge2",
            "X14xlarge2",
            "Ai1s4xlarge2",
            "S68xlarge2",
            "C78xlarge2",
            "M78xlarge2",
            "X18xlarge2",
            "Ai1s8xlarge2",
            "S6Small3",
            "C7Small3",
            "M7Small3",
            "X1Small3",
            "Ai1sSmall3",
            "S6Medium3",
            "C7Medium3",
            "M7Medium3",
            "X1Medium3",
            "Ai1sMedium3",
            "S6Large3",
            "C7Large3",
            "M7Large3",
            "X1Large3",
            "Ai1sLarge3",
            "S6Xlarge3",
            "C7Xlarge3",
            "M7Xlarge3",
            "X1Xlarge3",
            "Ai1sXlarge3",
            "S62xlarge3",
            "C72xlarge3",
            "M72xlarge3",
            "X12xlarge3",
            "Ai1s2xlarge3",
            "S64xlarge3",
            "C74xlarge3",
            "M74xlarge3",
            "X14xlarge3",
            "Ai1s4xlarge3",
            "S68xlarge3",
            "C78xlarge3",
            "M78xlarge3",
            "X18xlarge3",
            "Ai1s8xlarge3",
            "S6Small4",
            "C7Small4",
            "M7Small4",
            "X1Small4",
            "Ai1sSmall4",
            "S6Medium4",
            "C7Medium4",
            "M7Medium4",
            "X1Medium4",
            "Ai1sMedium4",
            "S6Large4",
            "C7Large4",
            "M7Large4",
            "X1Large4",
            "Ai1sLarge4",
            "S6Xlarge4",
            "C7Xlarge4",
            "M7Xlarge4",
            "X1Xlarge4",
            "Ai1sXlarge4",
            "S62xlarge4",
            "C72xlarge4",
            "M72xlarge4",
            "X12xlarge4",
            "Ai1s2xlarge4",
            "S64xlarge4",
            "C74xlarge4",
            "M74xlarge4",
            "X14xlarge4",
            "Ai1s4xlarge4",
            "S68xlarge4",
            "C78xlarge4",
            "M78xlarge4",
            "X18xlarge4",
            "Ai1s8xlarge4",
            "S6Small5",
            "C7Small5",
            "M7Small5",
            "X1Small5",
            "Ai1sSmall5",
            "S6Medium5",
            "C7Medium5",
            "M7Medium5",
            "X1Medium5",
            "Ai1sMedium5",
            "S6Large5",
            "C7Large5",
            "M7Large5",
            "X1Large5",
            "Ai1sLarge5",
            "S6Xlarge5",
            "C7Xlarge5",
            "M7Xlarge5",
            "X1Xlarge5",
            "Ai1sXlarge5",
            "S62xlarge5",
            "C72xlarge5",
            "M72xlarge5",
            "X12xlarge5",
            "Ai1s2xlarge5",
            "S64xlarge5",
            "C74xlarge5",
            "M74xlarge5",
            "X14xlarge5",
            "Ai1s4xlarge5",
            "S68xlarge5",
            "C78xlarge5",
            "M78xlarge5",
            "X18xlarge5",
            "Ai1s8xlarge5",
            "S6Small6",
            "C7Small6",
            "M7Small6",
            "X1Small6",
            "Ai1sSmall6",
            "S6Medium6",
            "C7Medium6",
            "M7Medium6",
            "X1Medium6",
            "Ai1sMedium6",
            "S6Large6",
            "C7Large6",
            "M7Large6",
            "X1Large6",
            "Ai1sLarge6",
            "S6Xlarge6",
            "C7Xlarge6",
            "M7Xlarge6",
            "X1Xlarge6",
            "Ai1sXlarge6",
            "S62xlarge6",
            "C72xlarge6",
            "M72xlarge6",
            "X12xlarge6",
            "Ai1s2xlarge6",
            "S64xlarge6",
            "C74xlarge6",
            "M74xlarge6",
            "X14xlarge6",
            "Ai1s4xlarge6",
            "S68xlarge6",
            "C78xlarge6",
            "M78xlarge6",
            "X18xlarge6",
            "Ai1s8xlarge6",
            "S6Small7",
            "C7Small7",
            "M7Small7",
            "X1Small7",
            "Ai1sSmall7",
            "S6Medium7",
            "C7Medium7",
            "M7Medium7",
            "X1Medium7",
            "Ai1sMedium7",
            "S6Large7",
            "C7Large7",
            "M7Large7",
            "X1Large7",
            "Ai1sLarge7",
            "S6Xlarge7",
            "C7Xlarge7",
            "M7Xlarge7",
            "X1Xlarge7",
            "Ai1sXlarge7",
            "S62xlarge7",
            "C72xlarge7",
            "M72xlarge7",
            "X12xlarge7",
            "Ai1s2xlarge7",
            "S64xlarge7",
            "C74xlarge7",
            "M74xlarge7",
            "X14xlarge7",
            "Ai1s4xlarge7",
            "S68xlarge7",
            "C78xlarge7",
            "M78xlarge7",
            "X18xlarge7",
            "Ai1s8xlarge7",
            "S6Small8",
            "C7Small8",
            "M7Small8",
            "X1Small8",
            "Ai1sSmall8",
            "S6Medium8",
            "C7Medium8",
            "M7Medium8",
            "X1Medium8",
            "Ai1sMedium8",
            "S6Large8",
            "C7Large8",
            "M7Large8",
            "X1Large8",
            "Ai1sLarge8",
            "S6Xlarge8",
            "C7Xlarge8",
            "M7Xlarge8",
            "X1Xlarge8",
            "Ai1sXlarge8",
            "S62xlarge8",
            "C72xlarge8",
            "M72xlarge8",
            "X12xlarge8",
            "Ai1s2xlarge8",
            "S64xlarge8",
            "C74xlarge8",
            "M74xlarge8",
            "X14xlarge8",
            "Ai1s4xlarge8",
            "S68xlarge8",
            "C78xlarge8",
            "M78xlarge8",
            "X18xlarge8",
            "Ai1s8xlarge8",
            "S6Small9",
            "C7Small9",
            "M7Small9",
            "X1Small9",
            "Ai1sSmall9",
            "S6Medium9",
            "C7Medium9",
            "M7Medium9",
            "X1Medium9",
            "Ai1sMedium9",
            "S6Large9",
            "C7Large9",
            "M7Large9",
            "X1Large9",
            "Ai1sLarge9",
            "S6Xlarge9",
            "C7Xlarge9",
            "M7Xlarge9",
            "X1Xlarge9",
            "Ai1sXlarge9",
            "S62xlarge9",
            "C72xlarge9",
            "M72xlarge9",
            "X12xlarge9",
            "Ai1s2xlarge9",
            "S64xlarge9",
            "C74xlarge9",
            "M74xlarge9",
            "X14xlarge9",
            "Ai1s4xlarge9",
            "S68xlarge9",
            "C78xlarge9",
            "M78xlarge9",
            "X18xlarge9",
            "Ai1s8xlarge9",
            "S6Small10",
            "C7Small10",
            "M7Small10",
            "X1Small10",
            "Ai1sSmall10",
            "S6Medium10",
            "C7Medium10",
            "M7Medium10",
            "X1Medium10",
            "Ai1sMedium10",
            "S6Large10",
            "C7Large10",
            "M7Large10",
            "X1Large10",
            "Ai1sLarge10",
            "S6Xlarge10",
            "C7Xlarge10",
            "M7Xlarge10",
            "X1Xlarge10",
            "Ai1sXlarge10",
            "S62xlarge10",
            "C72xlarge10",
            "M72xlarge10",
            "X12xlarge10",
            "Ai1s2xlarge10",
            "S64xlarge10",
            "C74xlarge10",
            "M74xlarge10",
            "X14xlarge10",
            "Ai1s4xlarge10",
            "S68xlarge10",
            "C78xlarge10",
            "M78xlarge10",
            "X18xlarge10",
            "Ai1s8xlarge10",
            "S6Small11",
            "C7Small11",
            "M7Small11",
            "X1Small11",
            "Ai1sSmall11",
            "S6Medium11",
            "C7Medium11",
            "M7Medium11",
            "X1Medium11",
            "Ai1sMedium11",
            "S6Large11",
            "C7Large11",
            "M7Large11",
            "X1Large11",
            "Ai1sLarge11",
            "S6Xlarge11",
            "C7Xlarge11",
            "M7Xlarge11",
            "X1Xlarge11",
            "Ai1sXlarge11",
            "S62xlarge11",
            "C72xlarge11",
            "M72xlarge11",
            "X12xlarge11",
            "Ai1s2xlarge11",
            "S64xlarge11",
            "C74xlarge11",
            "M74xlarge11",
            "X14xlarge11",
            "Ai1s4xlarge11",
            "S68xlarge11",
            "C78xlarge11",
            "M78xlarge11",
            "X18xlarge11",
            "Ai1s8xlarge11",
            "S6Small12",
            "C7Small12",
            "M7Small12",
            "X1Small12",
            "Ai1sSmall12",
            "S6Medium12",
            "C7Medium12",
            "M7Medium12",
            "X1Medium12",
            "Ai1sMedium12",
            "S6Large12",
            "C7Large12",
            "M7Large12",
            "X1Large12",
            "Ai1sLarge12",
            "S6Xlarge12",
            "C7Xlarge12",
            "M7Xlarge12",
            "X1Xlarge12",
            "Ai1sXlarge12",
            "S62xlarge12",
            "C72xlarge12",
            "M72xlarge12",
            "X12xlarge12",
            "Ai1s2xlarge12",
            "S64xlarge12",
            "C74xlarge12",
            "M74xlarge12",
            "X14xlarge12",
            "Ai1s4xlarge12",
            "S68xlarge12",
            "C78xlarge12",
            "M78xlarge12",
            "X18xlarge12",
            "Ai1s8xlarge12",
            "S6Small13",
            "C7Small13",
            "M7Small13",
            "X1Small13",
            "Ai1sSmall13",
            "S6Medium13",
            "C7Medium13",
            "M7Medium13",
            "X1Medium13",
            "Ai1sMedium13",
            "S6Large13",
            "C7Large13",
            "M7Large13",
            "X1Large13",
            "Ai1sLarge13",
            "S6Xlarge13",
            "C7Xlarge13",
            "M7Xlarge13",
            "X1Xlarge13",
            "Ai1sXlarge13",
            "S62xlarge13",
            "C72xlarge13",
            "M72xlarge13",
            "X12xlarge13",
            "Ai1s2xlarge13",
            "S64xlarge13",
            "C74xlarge13",
            "M74xlarge13",
            "X14xlarge13",
            "Ai1s4xlarge13",
            "S68xlarge13",
            "C78xlarge13",
            "M78xlarge13",
            "X18xlarge13",
            "Ai1s8xlarge13",
            "S6Small14",
            "C7Small14",
            "M7Small14",
            "X1Small14",
            "Ai1sSmall14",
            "S6Medium14",
            "C7Medium14",
            "M7Medium14",
            "X1Medium14",
            "Ai1sMedium14",
            "S6Large14",
            "C7Large14",
            "M7Large14",
            "X1Large14",
            "Ai1sLarge14",
            "S6Xlarge14",
            "C7Xlarge14",
            "M7Xlarge14",
            "X1Xlarge14",
            "Ai1sXlarge14",
            "S62xlarge14",
            "C72xlarge14",
            "M72xlarge14",
            "X12xlarge14",
            "Ai1s2xlarge14",
            "S64xlarge14",
            "C74xlarge14",
            "M74xlarge14",
            "X14xlarge14",
            "Ai1s4xlarge14",
            "S68xlarge14",
            "C78xlarge14",
            "M78xlarge14",
            "X18xlarge14",
            "Ai1s8xlarge14",
            "S6Small15",
            "C7Small15",
            "M7Small15",
            "X1Small15",
            "Ai1sSmall15",
            "S6Medium15",
            "C7Medium15",
            "M7Medium15",
            "X1Medium15",
            "Ai1sMedium15",
            "S6Large15",
            "C7Large15",
            "M7Large15",
            "X1Large15",
            "Ai1sLarge15",
            "S6Xlarge15",
            "C7Xlarge15",
            "M7Xlarge15",
            "X1Xlarge15",
            "Ai1sXlarge15",
            "S62xlarge15",
            "C72xlarge15",
            "M72xlarge15",
            "X12xlarge15",
            "Ai1s2xlarge15",
            "S64xlarge15",
            "C74xlarge15",
            "M74xlarge15",
            "X14xlarge15",
            "Ai1s4xlarge15",
            "S68xlarge15",
            "C78xlarge15",
            "M78xlarge15",
            "X18xlarge15",
            "Ai1s8xlarge15",
            "S6Small16",
            "C7Small16",
            "M7Small16",
            "X1Small16",
            "Ai1sSmall16",
            "S6Medium16",
            "C7Medium16",
            "M7Medium16",
            "X1Medium16",
            "Ai1sMedium16",
            "S6Large16",
            "C7Large16",
            "M7Large16",
            "X1Large16",
            "Ai1sLarge16",
            "S6Xlarge16",
            "C7Xlarge16",
            "M7Xlarge16",
            "X1Xlarge16",
            "Ai1sXlarge16",
            "S62xlarge16",
            "C72xlarge16",
            "M72xlarge16",
            "X12xlarge16",
            "Ai1s2xlarge16",
            "S64xlarge16",
            "C74xlarge16",
            "M74xlarge16",
            "X14xlarge16",
            "Ai1s4xlarge16",
            "S68xlarge16",
            "C78xlarge16",
            "M78xlarge16",
            "X18xlarge16",
            "Ai1s8xlarge16",
            "S6Small17",
            "C7Small17",
            "M7Small17",
            "X1Small17",
            "Ai1sSmall17",
            "S6Medium17",
            "C7Medium17",
            "M7Medium17",
            "X1Medium17",
            "Ai1sMedium17",
            "S6Large17",
            "C7Large17",
            "M7Large17",
            "X1Large17",
            "Ai1sLarge17",
            "S6Xlarge17",
            "C7Xlarge17",
            "M7Xlarge17",
            "X1Xlarge17",
            "Ai1sXlarge17",
            "S62xlarge17",
            "C72xlarge17",
            "M72xlarge17",
            "X12xlarge17",
            "Ai1s2xlarge17",
            "S64xlarge17",
            "C74xlarge17",
            "M74xlarge17",
            "X14xlarge17",
            "Ai1s4xlarge17",
            "S68xlarge17",
            "C78xlarge17",
            "M78xlarge17",
            "X18xlarge17",
            "Ai1s8xlarge17",
            "S6Small18",
            "C7Small18",
            "M7Small18",
            "X1Small18",
            "Ai1sSmall18",
            "S6Medium18",
            "C7Medium18",
            "M7Medium18",
            "X1Medium18",
            "Ai1sMedium18",
            "S6Large18",
            "C7Large18",
            "M7Large18",
            "X1Large18",
            "Ai1sLarge18",
            "S6Xlarge18",
            "C7Xlarge18",
            "M7Xlarge18",
            "X1Xlarge18",
            "Ai1sXlarge18",
            "S62xlarge18",
            "C72xlarge18",
            "M72xlarge18",
            "X12xlarge18",
            "Ai1s2xlarge18",
            "S64xlarge18",
            "C74xlarge18",
            "M74xlarge18",
            "X14xlarge18",
            "Ai1s4xlarge18",
            "S68xlarge18",
            "C78xlarge18",
            "M78xlarge18",
            "X18xlarge18",
            "Ai1s8xlarge18",
            "S6Small19",
            "C7Small19",
            "M7Small19",
            "X1Small19",
            "Ai1sSmall19",
            "S6Medium19",
            "C7Medium19",
            "M7Medium19",
            "X1Medium19",
            "Ai1sMedium19",
            "S6Large19",
            "C7Large19",
            "M7Large19",
            "X1Large19",
            "Ai1sLarge19",
            "S6Xlarge19",
            "C7Xlarge19",
            "M7Xlarge19",
            "X1Xlarge19",
            "Ai1sXlarge19",
            "S62xlarge19",
            "C72xlarge19",
            "M72xlarge19",
            "X12xlarge19",
            "Ai1s2xlarge19",
            "S64xlarge19",
            "C74xlarge19",
            "M74xlarge19",
            "X14xlarge19",
            "Ai1s4xlarge19",
            "S68xlarge19",
            "C78xlarge19",
            "M78xlarge19",
            "X18xlarge19",
            "Ai1s8xlarge19",
            "S6Small20",
            "C7Small20",
            "M7Small20",
            "X1Small20",
            "Ai1sSmall20",
            "S6Medium20",
            "C7Medium20",
            "M7Medium20",
            "X1Medium20",
            "Ai1sMedium20",
            "S6Large20",
            "C7Large20",
            "M7Large20",
            "X1Large20",
            "Ai1sLarge20",
            "S6Xlarge20",
            "C7Xlarge20",
            "M7Xlarge20",
            "X1Xlarge20",
            "Ai1sXlarge20",
            "S62xlarge20",
            "C72xlarge20",
            "M72xlarge20",
            "X12xlarge20",
            "Ai1s2xlarge20",
            "S64xlarge20",
            "C74xlarge20",
            "M74xlarge20",
            "X14xlarge20",
            "Ai1s4xlarge20",
            "S68xlarge20",
            "C78xlarge20",
            "M78xlarge20",
            "X18xlarge20",
            "Ai1s8xlarge20",
            "S6Small21",
            "C7Small21",
            "M7Small21",
            "X1Small21",
            "Ai1sSmall21",
            "S6Medium21",
            "C7Medium21",
            "M7Medium21",
            "X1Medium21",
            "Ai1sMedium21",
            "S6Large21",
            "C7Large21",
            "M7Large21",
            "X1Large21",
            "Ai1sLarge21",
            "S6Xlarge21",
            "C7Xlarge21",
            "M7Xlarge21",
            "X1Xlarge21",
            "Ai1sXlarge21",
            "S62xlarge21",
            "C72xlarge21",
            "M72xlarge21",
            "X12xlarge21",
            "Ai1s2xlarge21",
            "S64xlarge21",
            "C74xlarge21",
            "M74xlarge21",
            "X14xlarge21",
            "Ai1s4xlarge21",
            "S68xlarge21",
            "C78xlarge21",
            "M78xlarge21",
            "X18xlarge21",
            "Ai1s8xlarge21",
            "S6Small22",
            "C7Small22",
            "M7Small22",
            "X1Small22",
            "Ai1sSmall22",
            "S6Medium22",
            "C7Medium22",
            "M7Medium22",
            "X1Medium22",
            "Ai1sMedium22",
            "S6Large22",
            "C7Large22",
            "M7Large22",
            "X1Large22",
            "Ai1sLarge22",
            "S6Xlarge22",
            "C7Xlarge22",
            "M7Xlarge22",
            "X1Xlarge22",
            "Ai1sXlarge22",
            "S62xlarge22",
            "C72xlarge22",
            "M72xlarge22",
            "X12xlarge22",
            "Ai1s2xlarge22",
            "S64xlarge22",
            "C74xlarge22",
            "M74xlarge22",
            "X14xlarge22",
            "Ai1s4xlarge22",
            "S68xlarge22",
            "C78xlarge22",
            "M78xlarge22",
            "X18xlarge22",
            "Ai1s8xlarge22",
            "S6Small23",
            "C7Small23",
            "M7Small23",
            "X1Small23",
            "Ai1sSmall23",
            "S6Medium23",
            "C7Medium23",
            "M7Medium23",
            "X1Medium23",
            "Ai1sMedium23",
            "S6Large23",
            "C7Large23",
            "M7Large23",
            "X1Large23",
            "Ai1sLarge23",
            "S6Xlarge23",
            "C7Xlarge23",
            "M7Xlarge23",
            "X1Xlarge23",
            "Ai1sXlarge23",
            "S62xlarge23",
            "C72xlarge23",
            "M72xlarge23",
            "X12xlarge23",
            "Ai1s2xlarge23",
            "S64xlarge23",
            "C74xlarge23",
            "M74xlarge23",
            "X14xlarge23",
            "Ai1s4xlarge23",
            "S68xlarge23",
            "C78xlarge23",
            "M78xlarge23",
            "X18xlarge23",
            "Ai1s8xlarge23",
            "S6Small24",
            "C7Small24",
            "M7Small24",
            "X1Small24",
            "Ai1sSmall24",
            "S6Medium24",
            "C7Medium24",
            "M7Medium24",
            "X1Medium24",
            "Ai1sMedium24",
            "S6Large24",
            "C7Large24",
            "M7Large24",
            "X1Large24",
            "Ai1sLarge24",
            "S6Xlarge24",
            "C7Xlarge24",
            "M7Xlarge24",
            "X1Xlarge24",
            "Ai1sXlarge24",
            "S62xlarge24",
            "C72xlarge24",
            "M72xlarge24",
            "X12xlarge24",
            "Ai1s2xlarge24",
            "S64xlarge24",
            "C74xlarge24",
            "M74xlarge24",
            "X14xlarge24",
            "Ai1s4xlarge24",
            "S68xlarge24",
            "C78xlarge24",
            "M78xlarge24",
            "X18xlarge24",
            "Ai1s8xlarge24",
            "S6Small25",
            "C7Small25",
            "M7Small25",
            "X1Small25",
            "Ai1sSmall25",
            "S6Medium25",
            "C7Medium25",
            "M7Medium25",
            "X1Medium25",
            "Ai1sMedium25",
            "S6Large25",
            "C7Large25",
            "M7Large25",
            "X1Large25",
            "Ai1sLarge25",
            "S6Xlarge25",
            "C7Xlarge25",
            "M7Xlarge25",
            "X1Xlarge25",
            "Ai1sXlarge25",
            "S62xlarge25",
            "C72xlarge25",
            "M72xlarge25",
            "X12xlarge25",
            "Ai1s2xlarge25",
            "S64xlarge25",
            "C74xlarge25",
            "M74xlarge25",
            "X14xlarge25",
            "Ai1s4xlarge25",
            "S68xlarge25",
            "C78xlarge25",
            "M78xlarge25",
            "X18xlarge25",
            "Ai1s8xlarge25",
            "S6Small26",
            "C7Small26",
            "M7Small26",
            "X1Small26",
            "Ai1sSmall26",
            "S6Medium26",
            "C7Medium26",
            "M7Medium26",
            "X1Medium26",
            "Ai1sMedium26",
            "S6Large26",
            "C7Large26",
            "M7Large26",
            "X1Large26",
            "Ai1sLarge26",
            "S6Xlarge26",
            "C7Xlarge26",
            "M7Xlarge26",
            "X1Xlarge26",
            "Ai1sXlarge26",
            "S62xlarge26",
            "C72xlarge26",
            "M72xlarge26",
            "X12xlarge26",
            "Ai1s2xlarge26",
            "S64xlarge26",
            "C74xlarge26",
            "M74xlarge26",
            "X14xlarge26",
            "Ai1s4xlarge26",
            "S68xlarge26",
            "C78xlarge26",
            "M78xlarge26",
            "X18xlarge26",
            "Ai1s8xlarge26",
            "S6Small27",
            "C7Small27",
            "M7Small27",
            "X1Small27",
            "Ai1sSmall27",
            "S6Medium27",
            "C7Medium27",
            "M7Medium27",
            "X1Medium27",
            "Ai1sMedium27",
            "S6Large27",
            "C7Large27",
            "M7Large27",
            "X1Large27",
            "Ai1sLarge27",
            "S6Xlarge27",
            "C7Xlarge27",
            "M7Xlarge27",
            "X1Xlarge27",
            "Ai1sXlarge27",
            "S62xlarge27",
            "C72xlarge27",
            "M72xlarge27",
            "X12xlarge27",
            "Ai1s2xlarge27",
            "S64xlarge27",
            "C74xlarge27",
            "M74xlarge27",
            "X14xlarge27",
            "Ai1s4xlarge27",
            "S68xlarge27",
            "C78xlarge27",
            "M78xlarge27",
            "X18xlarge27",
            "Ai1s8xlarge27",
            "S6Small28",
            "C7Small28",
            "M7Small28",
            "X1Small28",
            "Ai1sSmall28",
            "S6Medium28",
            "C7Medium28",
            "M7Medium28",
            "X1Medium28",
            "Ai1sMedium28",
            "S6Large28",
            "C7Large28",
            "M7Large28",
            "X1Large28",
            "Ai1sLarge28",
            "S6Xlarge28",
            "C7Xlarge28",
            "M7Xlarge28",
            "X1Xlarge28",
            "Ai1sXlarge28",
            "S62xlarge28",
            "C72xlarge28",
            "M72xlarge28",
            "X12xlarge28",
            "Ai1s2xlarge28",
            "S64xlarge28",
            "C74xlarge28",
            "M74xlarge28",
            "X14xlarge28",
            "Ai1s4xlarge28",
            "S68xlarge28",
            "C78xlarge28",
            "M78xlarge28",
            "X18xlarge28",
            "Ai1s8xlarge28",
            "S6Small29",
            "C7Small29",
            "M7Small29",
            "X1Small29",
            "Ai1sSmall29",
            "S6Medium29",
            "C7Medium29",
            "M7Medium29",
            "X1Medium29",
            "Ai1sMedium29",
            "S6Large29",
            "C7Large29",
            "M7Large29",
            "X1Large29",
            "Ai1sLarge29",
            "S6Xlarge29",
            "C7Xlarge29",
            "M7Xlarge29",
            "X1Xlarge29",
            "Ai1sXlarge29",
            "S62xlarge29",
            "C72xlarge29",
            "M72xlarge29",
            "X12xlarge29",
            "Ai1s2xlarge29",
            "S64xlarge29",
            "C74xlarge29",
            "M74xlarge29",
            "X14xlarge29",
            "Ai1s4xlarge29",
            "S68xlarge29",
            "C78xlarge29",
            "M78xlarge29",
            "X18xlarge29",
            "Ai1s8xlarge29",
            "S6Small30",
            "C7Small30",
            "M7Small30",
            "X1Small30",
            "Ai1sSmall30",
            "S6Medium30",
            "C7Medium30",
            "M7Medium30",
            "X1Medium30",
            "Ai1sMedium30",
            "S6Large30",
            "C7Large30",
            "M7Large30",
            "X1Large30",
            "Ai1sLarge30",
            "S6Xlarge30",
            "C7Xlarge30",
            "M7Xlarge30",
            "X1Xlarge30",
            "Ai1sXlarge30",
            "S62xlarge30",
            "C72xlarge30",
            "M72xlarge30",
            "X12xlarge30",
            "Ai1s2xlarge30",
            "S64xlarge30",
            "C74xlarge30",
            "M74xlarge30",
            "X14xlarge30",
            "Ai1s4xlarge30",
            "S68xlarge30",
            "C78xlarge30",
            "M78xlarge30",
            "X18xlarge30",
            "Ai1s8xlarge30",
            "S6Small31",
            "C7Small31",
            "M7Small31",
            "X1Small31",
            "Ai1sSmall31",
            "S6Medium31",
            "C7Medium31",
            "M7Medium31",
            "X1Medium31",
            "Ai1sMedium31",
            "S6Large31",
            "C7Large31",
            "M7Large31",
            "X1Large31",
            "Ai1sLarge31",
            "S6Xlarge31",
            "C7Xlarge31",
            "M7Xlarge31",
            "X1Xlarge31",
            "Ai1sXlarge31",
            "S62xlarge31",
            "C72xlarge31",
            "M72xlarge31",
            "X12xlarge31",
            "Ai1s2xlarge31",
            "S64xlarge31",
            "C74xlarge31",
            "M74xlarge31",
            "X14xlarge31",
            "Ai1s4xlarge31",
            "S68xlarge31",
            "C78xlarge31",
            "M78xlarge31",
            "X18xlarge31",
            "Ai1s8xlarge31",
            "S6Small32",
            "C7Small32",
            "M7Small32",
            "X1Small32",
            "Ai1sSmall32",
            "S6Medium32",
            "C7Medium32",
            "M7Medium32",
            "X1Medium32",
            "Ai1sMedium32",
            "S6Large32",
            "C7Large32",
            "M7Large32",
            "X1Large32",
            "Ai1sLarge32",
        ];
        const SORTED: &'static [(&'static str, u32)] = &[
            ("ai1s.2xlarge.1", 24u32),
            ("ai1s.2xlarge.10", 339u32),
            ("ai1s.2xlarge.11", 374u32),
            ("ai1s.2xlarge.12", 409u32),
            ("ai1s.2xlarge.13", 444u32),
            ("ai1s.2xlarge.14", 479u32),
            ("ai1s.2xlarge.15", 514u32),
            ("ai1s.2xlarge.16", 549u32),
            ("ai1s.2xlarge.17", 584u32),
            ("ai1s.2xlarge.18", 619u32),
            ("ai1s.2xlarge.19", 654u32),
            ("ai1s.2xlarge.2", 59u32),
            ("ai1s.2xlarge.20", 689u32),
            ("ai1s.2xlarge.21", 724u32),
            ("ai1s.2xlarge.22", 759u32),
            ("ai1s.2xlarge.23", 794u32),
            ("ai1s.2xlarge.24", 829u32),
            ("ai1s.2xlarge.25", 864u32),
            ("ai1s.2xlarge.26", 899u32),
            ("ai1s.2xlarge.27", 934u32),
            ("ai1s.2xlarge.28", 969u32),
            ("ai1s.2xlarge.29", 1004u32),
            ("ai1s.2xlarge.3", 94u32),
            ("ai1s.2xlarge.30", 1039u32),
            ("ai1s.2xlarge.31", 1074u32),
            ("ai1s.2xlarge.4", 129u32),
            ("ai1s.2xlarge.5", 164u32),
            ("ai1s.2xlarge.6", 199u32),
            ("ai1s.2xlarge.7", 234u32),
            ("ai1s.2xlarge.8", 269u32),
            ("ai1s.2xlarge.9", 304u32),
            ("ai1s.4xlarge.1", 29u32),
            ("ai1s.4xlarge.10", 344u32),
            ("ai1s.4xlarge.11", 379u32),
            ("ai1s.4xlarge.12", 414u32),
            ("ai1s.4xlarge.13", 449u32),
            ("ai1s.4xlarge.14", 484u32),
            ("ai1s.4xlarge.15", 519u32),
            ("ai1s.4xlarge.16", 554u32),
            ("ai1s.4xlarge.17", 589u32),
            ("ai1s.4xlarge.18", 624u32),
            ("ai1s.4xlarge.19", 659u32),
            ("ai1s.4xlarge.2", 64u32),
            ("ai1s.4xlarge.20", 694u32),
            ("ai1s.4xlarge.21", 729u32),
            ("ai1s.4xlarge.22", 764u32),
            ("ai1s.4xlarge.23", 799u32),
            ("ai1s.4xlarge.24", 834u32),
            ("ai1s.4xlarge.25", 869u32),
            ("ai1s.4xlarge.26", 904u32),
            ("ai1s.4xlarge.27", 939u32),
            ("ai1s.4xlarge.28", 974u32),
            ("ai1s.4xlarge.29", 1009u32),
            ("ai1s.4xlarge.3", 99u32),
            ("ai1s.4xlarge.30", 1044u32),
            ("ai1s.4xlarge.31", 1079u32),
            ("ai1s.4xlarge.4", 134u32),
            ("ai1s.4xlarge.5", 169u32),
            ("ai1s.4xlarge.6", 204u32),
            ("ai1s.4xlarge.7", 239u32),
            ("ai1s.4xlarge.8", 274u32),
            ("ai1s.4xlarge.9", 309u32),
            ("ai1s.8xlarge.1", 34u32),
            ("ai1s.8xlarge.10", 349u32),
            ("ai1s.8xlarge.11", 384u32),
            ("ai1s.8xlarge.12", 419u32),
            ("ai1s.8xlarge.13", 454u32),
            ("ai1s.8xlarge.14", 489u32),
            ("ai1s.8xlarge.15", 524u32),
            ("ai1s.8xlarge.16", 559u32),
            ("ai1s.8xlarge.17", 594u32),
            ("ai1s.8xlarge.18", 629u32),
            ("ai1s.8xlarge.19", 664u32),
            ("ai1s.8xlarge.2", 69u32),
            ("ai1s.8xlarge.20", 699u32),
            ("ai1s.8xlarge.21", 734u32),
            ("ai1s.8xlarge.22", 769u32),
            ("ai1s.8xlarge.23", 804u32),
            ("ai1s.8xlarge.24", 839u32),
            ("ai1s.8xlarge.25", 874u32),
            ("ai1s.8xlarge.26", 909u32),
            ("ai1s.8xlarge.27", 944u32),
            ("ai1s.8xlarge.28", 979u32),
            ("ai1s.8xlarge.29", 1014u32),
            ("ai1s.8xlarge.3", 104u32),
            ("ai1s.8xlarge.30", 1049u32),
            ("ai1s.8xlarge.31", 1084u32),
            ("ai1s.8xlarge.4", 139u32),
            ("ai1s.8xlarge.5", 174u32),
            ("ai1s.8xlarge.6", 209u32),
            ("ai1s.8xlarge.7", 244u32),
            ("ai1s.8xlarge.8", 279u32),
            ("ai1s.8xlarge.9", 314u32),
            ("ai1s.large.1", 14u32),
            ("ai1s.large.10", 329u32),
            ("ai1s.large.11", 364u32),
            ("ai1s.large.12", 399u32),
            ("ai1s.large.13", 434u32),
            ("ai1s.large.14", 469u32),
            ("ai1s.large.15", 504u32),
            ("ai1s.large.16", 539u32),
            ("ai1s.large.17", 574u32),
            ("ai1s.large.18", 609u32),
            ("ai1s.large.19", 644u32),
            ("ai1s.large.2", 49u32),
            ("ai1s.large.20", 679u32),
            ("ai1s.large.21", 714u32),
            ("ai1s.large.22", 749u32),
            ("ai1s.large.23", 784u32),
            ("ai1s.large.24", 819u32),
            ("ai1s.large.25", 854u32),
            ("ai1s.large.26", 889u32),
            ("ai1s.large.27", 924u32),
            ("ai1s.large.28", 959u32),
            ("ai1s.large.29", 994u32),
            ("ai1s.large.3", 84u32),
            ("ai1s.large.30", 1029u32),
            ("ai1s.large.31", 1064u32),
            ("ai1s.large.32", 1099u32),
            ("ai1s.large.4", 119u32),
            ("ai1s.large.5", 154u32),
            ("ai1s.large.6", 189u32),
            ("ai1s.large.7", 224u32),
            ("ai1s.large.8", 259u32),
            ("ai1s.large.9", 294u32),
            ("ai1s.medium.1", 9u32),
            ("ai1s.medium.10", 324u32),
            ("ai1s.medium.11", 359u32),
            ("ai1s.medium.12", 394u32),
            ("ai1s.medium.13", 429u32),
            ("ai1s.medium.14", 464u32),
            ("ai1s.medium.15", 499u32),
            ("ai1s.medium.16", 534u32),
            ("ai1s.medium.17", 569u32),
            ("ai1s.medium.18", 604u32),
            ("ai1s.medium.19", 639u32),
            ("ai1s.medium.2", 44u32),
            ("ai1s.medium.20", 674u32),
            ("ai1s.medium.21", 709u32),
            ("ai1s.medium.22", 744u32),
            ("ai1s.medium.23", 779u32),
            ("ai1s.medium.24", 814u32),
            ("ai1s.medium.25", 849u32),
            ("ai1s.medium.26", 884u32),
            ("ai1s.medium.27", 919u32),
            ("ai1s.medium.28", 954u32),
            ("ai1s.medium.29", 989u32),
            ("ai1s.medium.3", 79u32),
            ("ai1s.medium.30", 1024u32),
            ("ai1s.medium.31", 1059u32),
            ("ai1s.medium.32", 1094u32),
            ("ai1s.medium.4", 114u32),
            ("ai1s.medium.5", 149u32),
            ("ai1s.medium.6", 184u32),
            ("ai1s.medium.7", 219u32),
            ("ai1s.medium.8", 254u32),
            ("ai1s.medium.9", 289u32),
            ("ai1s.small.1", 4u32),
            ("ai1s.small.10", 319u32),
            ("ai1s.small.11", 354u32),
            ("ai1s.small.12", 389u32),
            ("ai1s.small.13", 424u32),
            ("ai1s.small.14", 459u32),
            ("ai1s.small.15", 494u32),
            ("ai1s.small.16", 529u32),
            ("ai1s.small.17", 564u32),
            ("ai1s.small.18", 599u32),
            ("ai1s.small.19", 634u32),
            ("ai1s.small.2", 39u32),
            ("ai1s.small.20", 669u32),
            ("ai1s.small.21", 704u32),
            ("ai1s.small.22", 739u32),
            ("ai1s.small.23", 774u32),
            ("ai1s.small.24", 809u32),
            ("ai1s.small.25", 844u32),
            ("ai1s.small.26", 879u32),
            ("ai1s.small.27", 914u32),
            ("ai1s.small.28", 949u32),
            ("ai1s.small.29", 984u32),
            ("ai1s.small.3", 74u32),
            ("ai1s.small.30", 1019u32),
            ("ai1s.small.31", 1054u32),
            ("ai1s.small.32", 1089u32),
            ("ai1s.small.4", 109u32),
            ("ai1s.small.5", 144u32),
            ("ai1s.small.6", 179u32),
            ("ai1s.small.7", 214u32),
            ("ai1s.small.8", 249u32),
            ("ai1s.small.9", 284u32),
            ("ai1s.xlarge.1", 19u32),
            ("ai1s.xlarge.10", 334u32),
            ("ai1s.xlarge.11", 369u32),
            ("ai1s.xlarge.12", 404u32),
            ("ai1s.xlarge.13", 439u32),
            ("ai1s.xlarge.14", 474u32),
            ("ai1s.xlarge.15", 509u32),
            ("ai1s.xlarge.16", 544u32),
            ("ai1s.xlarge.17", 579u32),
            ("ai1s.xlarge.18", 614u32),
            ("ai1s.xlarge.19", 649u32),
            ("ai1s.xlarge.2", 54u32),
            ("ai1s.xlarge.20", 684u32),
            ("ai1s.xlarge.21", 719u32),
            ("ai1s.xlarge.22", 754u32),
            ("ai1s.xlarge.23", 789u32),
            ("ai1s.xlarge.24", 824u32),
            ("ai1s.xlarge.25", 859u32),
            ("ai1s.xlarge.26", 894u32),
            ("ai1s.xlarge.27", 929u32),
            ("ai1s.xlarge.28", 964u32),
            ("ai1s.xlarge.29", 999u32),
            ("ai1s.xlarge.3", 89u32),
            ("ai1s.xlarge.30", 1034u32),
            ("ai1s.xlarge.31", 1069u32),
            ("ai1s.xlarge.4", 124u32),
            ("ai1s.xlarge.5", 159u32),
            ("ai1s.xlarge.6", 194u32),
            ("ai1s.xlarge.7", 229u32),
            ("ai1s.xlarge.8", 264u32),
            ("ai1s.xlarge.9", 299u32),
            ("c7.2xlarge.1", 21u32),
            ("c7.2xlarge.10", 336u32),
            ("c7.2xlarge.11", 371u32),
            ("c7.2xlarge.12", 406u32),
            ("c7.2xlarge.13", 441u32),
            ("c7.2xlarge.14", 476u32),
            ("c7.2xlarge.15", 511u32),
            ("c7.2xlarge.16", 546u32),
            ("c7.2xlarge.17", 581u32),
            ("c7.2xlarge.18", 616u32),
            ("c7.2xlarge.19", 651u32),
            ("c7.2xlarge.2", 56u32),
            ("c7.2xlarge.20", 686u32),
            ("c7.2xlarge.21", 721u32),
            ("c7.2xlarge.22", 756u32),
            ("c7.2xlarge.23", 791u32),
            ("c7.2xlarge.24", 826u32),
            ("c7.2xlarge.25", 861u32),
            ("c7.2xlarge.26", 896u32),
            ("c7.2xlarge.27", 931u32),
            ("c7.2xlarge.28", 966u32),
            ("c7.2xlarge.29", 1001u32),
            ("c7.2xlarge.3", 91u32),
            ("c7.2xlarge.30", 1036u32),
            ("c7.2xlarge.31", 1071u32),
            ("c7.2xlarge.4", 126u32),
            ("c7.2xlarge.5", 161u32),
            ("c7.2xlarge.6", 196u32),
            ("c7.2xlarge.7", 231u32),
            ("c7.2xlarge.8", 266u32),
            ("c7.2xlarge.9", 301u32),
            ("c7.4xlarge.1", 26u32),
            ("c7.4xlarge.10", 341u32),
            ("c7.4xlarge.11", 376u32),
            ("c7.4xlarge.12", 411u32),
            ("c7.4xlarge.13", 446u32),
            ("c7.4xlarge.14", 481u32),
            ("c7.4xlarge.15", 516u32),
            ("c7.4xlarge.16", 551u32),
            ("c7.4xlarge.17", 586u32),
            ("c7.4xlarge.18", 621u32),
            ("c7.4xlarge.19", 656u32),
            ("c7.4xlarge.2", 61u32),
            ("c7.4xlarge.20", 691u32),
            ("c7.4xlarge.21", 726u32),
            ("c7.4xlarge.22", 761u32),
            ("c7.4xlarge.23", 796u32),
            ("c7.4xlarge.24", 831u32),
            ("c7.4xlarge.25", 866u32),
            ("c7.4xlarge.26", 901u32),
            ("c7.4xlarge.27", 936u32),
            ("c7.4xlarge.28", 971u32),
            ("c7.4xlarge.29", 1006u32),
            ("c7.4xlarge.3", 96u32),
            ("c7.4xlarge.30", 1041u32),
            ("c7.4xlarge.31", 1076u32),
            ("c7.4xlarge.4", 131u32),
            ("c7.4xlarge.5", 166u32),
            ("c7.4xlarge.6", 201u32),
            ("c7.4xlarge.7", 236u32),
            ("c7.4xlarge.8", 271u32),
            ("c7.4xlarge.9", 306u32),
            ("c7.8xlarge.1", 31u32),
            ("c7.8xlarge.10", 346u32),
            ("c7.8xlarge.11", 381u32),
            ("c7.8xlarge.12", 416u32),
            ("c7.8xlarge.13", 451u32),
            ("c7.8xlarge.14", 486u32),
            ("c7.8xlarge.15", 521u32),
            ("c7.8xlarge.16", 556u32),
            ("c7.8xlarge.17", 591u32),
            ("c7.8xlarge.18", 626u32),
            ("c7.8xlarge.19", 661u32),
            ("c7.8xlarge.2", 66u32),
            ("c7.8xlarge.20", 696u32),
            ("c7.8xlarge.21", 731u32),
            ("c7.8xlarge.22", 766u32),
            ("c7.8xlarge.23", 801u32),
            ("c7.8xlarge.24", 836u32),
            ("c7.8xlarge.25", 871u32),
            ("c7.8xlarge.26", 906u32),
            ("c7.8xlarge.27", 941u32),
            ("c7.8xlarge.28", 976u32),
            ("c7.8xlarge.29", 1011u32),
            ("c7.8xlarge.3", 101u32),
            ("c7.8xlarge.30", 1046u32),
            ("c7.8xlarge.31", 1081u32),
            ("c7.8xlarge.4", 136u32),
            ("c7.8xlarge.5", 171u32),
            ("c7.8xlarge.6", 206u32),
            ("c7.8xlarge.7", 241u32),
            ("c7.8xlarge.8", 276u32),
            ("c7.8xlarge.9", 311u32),
            ("c7.large.1", 11u32),
            ("c7.large.10", 326u32),
            ("c7.large.11", 361u32),
            ("c7.large.12", 396u32),
            ("c7.large.13", 431u32),
            ("c7.large.14", 466u32),
            ("c7.large.15", 501u32),
            ("c7.large.16", 536u32),
            ("c7.large.17", 571u32),
            ("c7.large.18", 606u32),
            ("c7.large.19", 641u32),
            ("c7.large.2", 46u32),
            ("c7.large.20", 676u32),
            ("c7.large.21", 711u32),
            ("c7.large.22", 746u32),
            ("c7.large.23", 781u32),
            ("c7.large.24", 816u32),
            ("c7.large.25", 851u32),
            ("c7.large.26", 886u32),
            ("c7.large.27", 921u32),
            ("c7.large.28", 956u32),
            ("c7.large.29", 991u32),
            ("c7.large.3", 81u32),
            ("c7.large.30", 1026u32),
            ("c7.large.31", 1061u32),
            ("c7.large.32", 1096u32),
            ("c7.large.4", 116u32),
            ("c7.large.5", 151u32),
            ("c7.large.6", 186u32),
            ("c7.large.7", 221u32),
            ("c7.large.8", 256u32),
            ("c7.large.9", 291u32),
            ("c7.medium.1", 6u32),
            ("c7.medium.10", 321u32),
            ("c7.medium.11", 356u32),
            ("c7.medium.12", 391u32),
            ("c7.medium.13", 426u32),
            ("c7.medium.14", 461u32),
            ("c7.medium.15", 496u32),
            ("c7.medium.16", 531u32),
            ("c7.medium.17", 566u32),
            ("c7.medium.18", 601u32),
            ("c7.medium.19", 636u32),
            ("c7.medium.2", 41u32),
            ("c7.medium.20", 671u32),
            ("c7.medium.21", 706u32),
            ("c7.medium.22", 741u32),
            ("c7.medium.23", 776u32),
            ("c7.medium.24", 811u32),
            ("c7.medium.25", 846u32),
            ("c7.medium.26", 881u32),
            ("c7.medium.27", 916u32),
            ("c7.medium.28", 951u32),
            ("c7.medium.29", 986u32),
            ("c7.medium.3", 76u32),
            ("c7.medium.30", 1021u32),
            ("c7.medium.31", 1056u32),
            ("c7.medium.32", 1091u32),
            ("c7.medium.4", 111u32),
            ("c7.medium.5", 146u32),
            ("c7.medium.6", 181u32),
            ("c7.medium.7", 216u32),
            ("c7.medium.8", 251u32),
            ("c7.medium.9", 286u32),
            ("c7.small.1", 1u32),
            ("c7.small.10", 316u32),
            ("c7.small.11", 351u32),
            ("c7.small.12", 386u32),
            ("c7.small.13", 421u32),
            ("c7.small.14", 456u32),
            ("c7.small.15", 491u32),
            ("c7.small.16", 526u32),
            ("c7.small.17", 561u32),
            ("c7.small.18", 596u32),
            ("c7.small.19", 631u32),
            ("c7.small.2", 36u32),
            ("c7.small.20", 666u32),
            ("c7.small.21", 701u32),
            ("c7.small.22", 736u32),
            ("c7.small.23", 771u32),
            ("c7.small.24", 806u32),
            ("c7.small.25", 841u32),
            ("c7.small.26", 876u32),
            ("c7.small.27", 911u32),
            ("c7.small.28", 946u32),
            ("c7.small.29", 981u32),
            ("c7.small.3", 71u32),
            ("c7.small.30", 1016u32),
            ("c7.small.31", 1051u32),
            ("c7.small.32", 1086u32),
            ("c7.small.4", 106u32),
            ("c7.small.5", 141u32),
            ("c7.small.6", 176u32),
            ("c7.small.7", 211u32),
            ("c7.small.8", 246u32),
            ("c7.small.9", 281u32),
            ("c7.xlarge.1", 16u32),
            ("c7.xlarge.10", 331u32),
            ("c7.xlarge.11", 366u32),
            ("c7.xlarge.12", 401u32),
            ("c7.xlarge.13", 436u32),
            ("c7.xlarge.14", 471u32),
            ("c7.xlarge.15", 506u32),
            ("c7.xlarge.16", 541u32),
            ("c7.xlarge.17", 576u32),
            ("c7.xlarge.18", 611u32),
            ("c7.xlarge.19", 646u32),
            ("c7.xlarge.2", 51u32),
            ("c7.xlarge.20", 681u32),
            ("c7.xlarge.21", 716u32),
            ("c7.xlarge.22", 751u32),
            ("c7.xlarge.23", 786u32),
            ("c7.xlarge.24", 821u32),
            ("c7.xlarge.25", 856u32),
            ("c7.xlarge.26", 891u32),
            ("c7.xlarge.27", 926u32),
            ("c7.xlarge.28", 961u32),
            ("c7.xlarge.29", 996u32),
            ("c7.xlarge.3", 86u32),
            ("c7.xlarge.30", 1031u32),
            ("c7.xlarge.31", 1066u32),
            ("c7.xlarge.4", 121u32),
            ("c7.xlarge.5", 156u32),
            ("c7.xlarge.6", 191u32),
            ("c7.xlarge.7", 226u32),
            ("c7.xlarge.8", 261u32),
            ("c7.xlarge.9", 296u32),
            ("m7.2xlarge.1", 22u32),
            ("m7.2xlarge.10", 337u32),
            ("m7.2xlarge.11", 372u32),
            ("m7.2xlarge.12", 407u32),
            ("m7.2xlarge.13", 442u32),
            ("m7.2xlarge.14", 477u32),
            ("m7.2xlarge.15", 512u32),
            ("m7.2xlarge.16", 547u32),
            ("m7.2xlarge.17", 582u32),
            ("m7.2xlarge.18", 617u32),
            ("m7.2xlarge.19", 652u32),
            ("m7.2xlarge.2", 57u32),
            ("m7.2xlarge.20", 687u32),
            ("m7.2xlarge.21", 722u32),
            ("m7.2xlarge.22", 757u32),
            ("m7.2xlarge.23", 792u32),
            ("m7.2xlarge.24", 827u32),
            ("m7.2xlarge.25", 862u32),
            ("m7.2xlarge.26", 897u32),
            ("m7.2xlarge.27", 932u32),
            ("m7.2xlarge.28", 967u32),
            ("m7.2xlarge.29", 1002u32),
            ("m7.2xlarge.3", 92u32),
            ("m7.2xlarge.30", 1037u32),
            ("m7.2xlarge.31", 1072u32),
            ("m7.2xlarge.4", 127u32),
            ("m7.2xlarge.5", 162u32),
            ("m7.2xlarge.6", 197u32),
            ("m7.2xlarge.7", 232u32),
            ("m7.2xlarge.8", 267u32),
            ("m7.2xlarge.9", 302u32),
            ("m7.4xlarge.1", 27u32),
            ("m7.4xlarge.10", 342u32),
            ("m7.4xlarge.11", 377u32),
            ("m7.4xlarge.12", 412u32),
            ("m7.4xlarge.13", 447u32),
            ("m7.4xlarge.14", 482u32),
            ("m7.4xlarge.15", 517u32),
            ("m7.4xlarge.16", 552u32),
            ("m7.4xlarge.17", 587u32),
            ("m7.4xlarge.18", 622u32),
            ("m7.4xlarge.19", 657u32),
            ("m7.4xlarge.2", 62u32),
            ("m7.4xlarge.20", 692u32),
            ("m7.4xlarge.21", 727u32),
            ("m7.4xlarge.22", 762u32),
            ("m7.4xlarge.23", 797u32),
            ("m7.4xlarge.24", 832u32),
            ("m7.4xlarge.25", 867u32),
            ("m7.4xlarge.26", 902u32),
            ("m7.4xlarge.27", 937u32),
            ("m7.4xlarge.28", 972u32),
            ("m7.4xlarge.29", 1007u32),
            ("m7.4xlarge.3", 97u32),
            ("m7.4xlarge.30", 1042u32),
            ("m7.4xlarge.31", 1077u32),
            ("m7.4xlarge.4", 132u32),
            ("m7.4xlarge.5", 167u32),
            ("m7.4xlarge.6", 202u32),
            ("m7.4xlarge.7", 237u32),
            ("m7.4xlarge.8", 272u32),
            ("m7.4xlarge.9", 307u32),
            ("m7.8xlarge.1", 32u32),
            ("m7.8xlarge.10", 347u32),
            ("m7.8xlarge.11", 382u32),
            ("m7.8xlarge.12", 417u32),
            ("m7.8xlarge.13", 452u32),
            ("m7.8xlarge.14", 487u32),
            ("m7.8xlarge.15", 522u32),
            ("m7.8xlarge.16", 557u32),
            ("m7.8xlarge.17", 592u32),
            ("m7.8xlarge.18", 627u32),
            ("m7.8xlarge.19", 662u32),
            ("m7.8xlarge.2", 67u32),
            ("m7.8xlarge.20", 697u32),
            ("m7.8xlarge.21", 732u32),
            ("m7.8xlarge.22", 767u32),
            ("m7.8xlarge.23", 802u32),
            ("m7.8xlarge.24", 837u32),
            ("m7.8xlarge.25", 872u32),
            ("m7.8xlarge.26", 907u32),
            ("m7.8xlarge.27", 942u32),
            ("m7.8xlarge.28", 977u32),
            ("m7.8xlarge.29", 1012u32),
            ("m7.8xlarge.3", 102u32),
            ("m7.8xlarge.30", 1047u32),
            ("m7.8xlarge.31", 1082u32),
            ("m7.8xlarge.4", 137u32),
            ("m7.8xlarge.5", 172u32),
            ("m7.8xlarge.6", 207u32),
            ("m7.8xlarge.7", 242u32),
            ("m7.8xlarge.8", 277u32),
            ("m7.8xlarge.9", 312u32),
            ("m7.large.1", 12u32),
            ("m7.large.10", 327u32),
            ("m7.large.11", 362u32),
            ("m7.large.12", 397u32),
            ("m7.large.13", 432u32),
            ("m7.large.14", 467u32),
            ("m7.large.15", 502u32),
            ("m7.large.16", 537u32),
            ("m7.large.17", 572u32),
            ("m7.large.18", 607u32),
            ("m7.large.19", 642u32),
            ("m7.large.2", 47u32),
            ("m7.large.20", 677u32),
            ("m7.large.21", 712u32),
            ("m7.large.22", 747u32),
            ("m7.large.23", 782u32),
            ("m7.large.24", 817u32),
            ("m7.large.25", 852u32),
            ("m7.large.26", 887u32),
            ("m7.large.27", 922u32),
            ("m7.large.28", 957u32),
            ("m7.large.29", 992u32),
            ("m7.large.3", 82u32),
            ("m7.large.30", 1027u32),
            ("m7.large.31", 1062u32),
            ("m7.large.32", 1097u32),
            ("m7.large.4", 117u32),
            ("m7.large.5", 152u32),
            ("m7.large.6", 187u32),
            ("m7.large.7", 222u32),
            ("m7.large.8", 257u32),
            ("m7.large.9", 292u32),
            ("m7.medium.1", 7u32),
            ("m7.medium.10", 322u32),
            ("m7.medium.11", 357u32),
            ("m7.medium.12", 392u32),
            ("m7.medium.13", 427u32),
            ("m7.medium.14", 462u32),
            ("m7.medium.15", 497u32),
            ("m7.medium.16", 532u32),
            ("m7.medium.17", 567u32),
            ("m7.medium.18", 602u32),
            ("m7.medium.19", 637u32),
            ("m7.medium.2", 42u32),
            ("m7.medium.20", 672u32),
            ("m7.medium.21", 707u32),
            ("m7.medium.22", 742u32),
            ("m7.medium.23", 777u32),
            ("m7.medium.24", 812u32),
            ("m7.medium.25", 847u32),
            ("m7.medium.26", 882u32),
            ("m7.medium.27", 917u32),
            ("m7.medium.28", 952u32),
            ("m7.medium.29", 987u32),
            ("m7.medium.3", 77u32),
            ("m7.medium.30", 1022u32),
            ("m7.medium.31", 1057u32),
            ("m7.medium.32", 1092u32),
            ("m7.medium.4", 112u32),
            ("m7.medium.5", 147u32),
            ("m7.medium.6", 182u32),
            ("m7.medium.7", 217u32),
            ("m7.medium.8", 252u32),
            ("m7.medium.9", 287u32),
            ("m7.small.1", 2u32),
            ("m7.small.10", 317u32),
            ("m7.small.11", 352u32),
            ("m7.small.12", 387u32),
            ("m7.small.13", 422u32),
            ("m7.small.14", 457u32),
            ("m7.small.15", 492u32),
            ("m7.small.16", 527u32),
            ("m7.small.17", 562u32),
            ("m7.small.18", 597u32),
            ("m7.small.19", 632u32),
            ("m7.small.2", 37u32),
            ("m7.small.20", 667u32),
            ("m7.small.21", 702u32),
            ("m7.small.22", 737u32),
            ("m7.small.23", 772u32),
            ("m7.small.24", 807u32),
            ("m7.small.25", 842u32),
            ("m7.small.26", 877u32),
            ("m7.small.27", 912u32),
            ("m7.small.28", 947u32),
            ("m7.small.29", 982u32),
            ("m7.small.3", 72u32),
            ("m7.small.30", 1017u32),
            ("m7.small.31", 1052u32),
            ("m7.small.32", 1087u32),
            ("m7.small.4", 107u32),
            ("m7.small.5", 142u32),
            ("m7.small.6", 177u32),
            ("m7.small.7", 212u32),
            ("m7.small.8", 247u32),
            ("m7.small.9", 282u32),
            ("m7.xlarge.1", 17u32),
            ("m7.xlarge.10", 332u32),
            ("m7.xlarge.11", 367u32),
            ("m7.xlarge.12", 402u32),
            ("m7.xlarge.13", 437u32),
            ("m7.xlarge.14", 472u32),
            ("m7.xlarge.15", 507u32),
            ("m7.xlarge.16", 542u32),
            ("m7.xlarge.17", 577u32),
            ("m7.xlarge.18", 612u32),
            ("m7.xlarge.19", 647u32),
            ("m7.xlarge.2", 52u32),
            ("m7.xlarge.20", 682u32),
            ("m7.xlarge.21", 717u32),
            ("m7.xlarge.22", 752u32),
            ("m7.xlarge.23", 787u32),
            ("m7.xlarge.24", 822u32),
            ("m7.xlarge.25", 857u32),
            ("m7.xlarge.26", 892u32),
            ("m7.xlarge.27", 927u32),
            ("m7.xlarge.28", 962u32),
            ("m7.xlarge.29", 997u32),
            ("m7.xlarge.3", 87u32),
            ("m7.xlarge.30", 1032u32),
            ("m7.xlarge.31", 1067u32),
            ("m7.xlarge.4", 122u32),
            ("m7.xlarge.5", 157u32),
            ("m7.xlarge.6", 192u32),
            ("m7.xlarge.7", 227u32),
            ("m7.xlarge.8", 262u32),
            ("m7.xlarge.9", 297u32),
            ("s6.2xlarge.1", 20u32),
            ("s6.2xlarge.10", 335u32),
            ("s6.2xlarge.11", 370u32),
            ("s6.2xlarge.12", 405u32),
            ("s6.2xlarge.13", 440u32),
            ("s6.2xlarge.14", 475u32),
            ("s6.2xlarge.15", 510u32),
            ("s6.2xlarge.16", 545u32),
            ("s6.2xlarge.17", 580u32),
            ("s6.2xlarge.18", 615u32),
            ("s6.2xlarge.19", 650u32),
            ("s6.2xlarge.2", 55u32),
            ("s6.2xlarge.20", 685u32),
            ("s6.2xlarge.21", 720u32),
            ("s6.2xlarge.22", 755u32),
            ("s6.2xlarge.23", 790u32),
            ("s6.2xlarge.24", 825u32),
            ("s6.2xlarge.25", 860u32),
            ("s6.2xlarge.26", 895u32),
            ("s6.2xlarge.27", 930u32),
            ("s6.2xlarge.28", 965u32),
            ("s6.2xlarge.29", 1000u32),
            ("s6.2xlarge.3", 90u32),
            ("s6.2xlarge.30", 1035u32),
            ("s6.2xlarge.31", 1070u32),
            ("s6.2xlarge.4", 125u32),
            ("s6.2xlarge.5", 160u32),
            ("s6.2xlarge.6", 195u32),
            ("s6.2xlarge.7", 230u32),
            ("s6.2xlarge.8", 265u32),
            ("s6.2xlarge.9", 300u32),
            ("s6.4xlarge.1", 25u32),
            ("s6.4xlarge.10", 340u32),
            ("s6.4xlarge.11", 375u32),
            ("s6.4xlarge.12", 410u32),
            ("s6.4xlarge.13", 445u32),
            ("s6.4xlarge.14", 480u32),
            ("s6.4xlarge.15", 515u32),
            ("s6.4xlarge.16", 550u32),
            ("s6.4xlarge.17", 585u32),
            ("s6.4xlarge.18", 620u32),
            ("s6.4xlarge.19", 655u32),
            ("s6.4xlarge.2", 60u32),
            ("s6.4xlarge.20", 690u32),
            ("s6.4xlarge.21", 725u32),
            ("s6.4xlarge.22", 760u32),
            ("s6.4xlarge.23", 795u32),
            ("s6.4xlarge.24", 830u32),
            ("s6.4xlarge.25", 865u32),
            ("s6.4xlarge.26", 900u32),
            ("s6.4xlarge.27", 935u32),
            ("s6.4xlarge.28", 970u32),
            ("s6.4xlarge.29", 1005u32),
            ("s6.4xlarge.3", 95u32),
            ("s6.4xlarge.30", 1040u32),
            ("s6.4xlarge.31", 1075u32),
            ("s6.4xlarge.4", 130u32),
            ("s6.4xlarge.5", 165u32),
            ("s6.4xlarge.6", 200u32),
            ("s6.4xlarge.7", 235u32),
            ("s6.4xlarge.8", 270u32),
            ("s6.4xlarge.9", 305u32),
            ("s6.8xlarge.1", 30u32),
            ("s6.8xlarge.10", 345u32),
            ("s6.8xlarge.11", 380u32),
            ("s6.8xlarge.12", 415u32),
            ("s6.8xlarge.13", 450u32),
            ("s6.8xlarge.14", 485u32),
            ("s6.8xlarge.15", 520u32),
            ("s6.8xlarge.16", 555u32),
            ("s6.8xlarge.17", 590u32),
            ("s6.8xlarge.18", 625u32),
            ("s6.8xlarge.19", 660u32),
            ("s6.8xlarge.2", 65u32),
            ("s6.8xlarge.20", 695u32),
            ("s6.8xlarge.21", 730u32),
            ("s6.8xlarge.22", 765u32),
            ("s6.8xlarge.23", 800u32),
            ("s6.8xlarge.24", 835u32),
            ("s6.8xlarge.25", 870u32),
            ("s6.8xlarge.26", 905u32),
            ("s6.8xlarge.27", 940u32),
            ("s6.8xlarge.28", 975u32),
            ("s6.8xlarge.29", 1010u32),
            ("s6.8xlarge.3", 100u32),
            ("s6.8xlarge.30", 1045u32),
            ("s6.8xlarge.31", 1080u32),
            ("s6.8xlarge.4", 135u32),
            ("s6.8xlarge.5", 170u32),
            ("s6.8xlarge.6", 205u32),
            ("s6.8xlarge.7", 240u32),
            ("s6.8xlarge.8", 275u32),
            ("s6.8xlarge.9", 310u32),
            ("s6.large.1", 10u32),
            ("s6.large.10", 325u32),
            ("s6.large.11", 360u32),
            ("s6.large.12", 395u32),
            ("s6.large.13", 430u32),
            ("s6.large.14", 465u32),
            ("s6.large.15", 500u32),
            ("s6.large.16", 535u32),
            ("s6.large.17", 570u32),
            ("s6.large.18", 605u32),
            ("s6.large.19", 640u32),
            ("s6.large.2", 45u32),
            ("s6.large.20", 675u32),
            ("s6.large.21", 710u32),
            ("s6.large.22", 745u32),
            ("s6.large.23", 780u32),
            ("s6.large.24", 815u32),
            ("s6.large.25", 850u32),
            ("s6.large.26", 885u32),
            ("s6.large.27", 920u32),
            ("s6.large.28", 955u32),
            ("s6.large.29", 990u32),
            ("s6.large.3", 80u32),
            ("s6.large.30", 1025u32),
            ("s6.large.31", 1060u32),
            ("s6.large.32", 1095u32),
            ("s6.large.4", 115u32),
            ("s6.large.5", 150u32),
            ("s6.large.6", 185u32),
            ("s6.large.7", 220u32),
            ("s6.large.8", 255u32),
            ("s6.large.9", 290u32),
            ("s6.medium.1", 5u32),
            ("s6.medium.10", 320u32),
            ("s6.medium.11", 355u32),
            ("s6.medium.12", 390u32),
            ("s6.medium.13", 425u32),
            ("s6.medium.14", 460u32),
            ("s6.medium.15", 495u32),
            ("s6.medium.16", 530u32),
            ("s6.medium.17", 565u32),
            ("s6.medium.18", 600u32),
            ("s6.medium.19", 635u32),
            ("s6.medium.2", 40u32),
            ("s6.medium.20", 670u32),
            ("s6.medium.21", 705u32),
            ("s6.medium.22", 740u32),
            ("s6.medium.23", 775u32),
            ("s6.medium.24", 810u32),
            ("s6.medium.25", 845u32),
            ("s6.medium.26", 880u32),
            ("s6.medium.27", 915u32),
            ("s6.medium.28", 950u32),
            ("s6.medium.29", 985u32),
            ("s6.medium.3", 75u32),
            ("s6.medium.30", 1020u32),
            ("s6.medium.31", 1055u32),
            ("s6.medium.32", 1090u32),
            ("s6.medium.4", 110u32),
            ("s6.medium.5", 145u32),
            ("s6.medium.6", 180u32),
            ("s6.medium.7", 215u32),
            ("s6.medium.8", 250u32),
            ("s6.medium.9", 285u32),
            ("s6.small.1", 0u32),
            ("s6.small.10", 315u32),
            ("s6.small.11", 350u32),
            ("s6.small.12", 385u32),
            ("s6.small.13", 420u32),
            ("s6.small.14", 455u32),
            ("s6.small.15", 490u32),
            ("s6.small.16", 525u32),
            ("s6.small.17", 560u32),
            ("s6.small.18", 595u32),
            ("s6.small.19", 630u32),
            ("s6.small.2", 35u32),
            ("s6.small.20", 665u32),
            ("s6.small.21", 700u32),
            ("s6.small.22", 735u32),
            ("s6.small.23", 770u32),
            ("s6.small.24", 805u32),
            ("s6.small.25", 840u32),
            ("s6.small.26", 875u32),
            ("s6.small.27", 910u32),
            ("s6.small.28", 945u32),
            ("s6.small.29", 980u32),
            ("s6.small.3", 70u32),
            ("s6.small.30", 1015u32),
            ("s6.small.31", 1050u32),
            ("s6.small.32", 1085u32),
            ("s6.small.4", 105u32),
            ("s6.small.5", 140u32),
            ("s6.small.6", 175u32),
            ("s6.small.7", 210u32),
            ("s6.small.8", 245u32),
            ("s6.small.9", 280u32),
            ("s6.xlarge.1", 15u32),
            ("s6.xlarge.10", 330u32),
            ("s6.xlarge.11", 365u32),
            ("s6.xlarge.12", 400u32),
            ("s6.xlarge.13", 435u32),
            ("s6.xlarge.14", 470u32),
            ("s6.xlarge.15", 505u32),
            ("s6.xlarge.16", 540u32),
            ("s6.xlarge.17", 575u32),
            ("s6.xlarge.18", 610u32),
            ("s6.xlarge.19", 645u32),
            ("s6.xlarge.2", 50u32),
            ("s6.xlarge.20", 680u32),
            ("s6.xlarge.21", 715u32),
            ("s6.xlarge.22", 750u32),
            ("s6.xlarge.23", 785u32),
            ("s6.xlarge.24", 820u32),
            ("s6.xlarge.25", 855u32),
            ("s6.xlarge.26", 890u32),
            ("s6.xlarge.27", 925u32),
            ("s6.xlarge.28", 960u32),
            ("s6.xlarge.29", 995u32),
            ("s6.xlarge.3", 85u32),
            ("s6.xlarge.30", 1030u32),
            ("s6.xlarge.31", 1065u32),
            ("s6.xlarge.4", 120u32),
            ("s6.xlarge.5", 155u32),
            ("s6.xlarge.6", 190u32),
            ("s6.xlarge.7", 225u32),
            ("s6.xlarge.8", 260u32),
            ("s6.xlarge.9", 295u32),
            ("x1.2xlarge.1", 23u32),
            ("x1.2xlarge.10", 338u32),
            ("x1.2xlarge.11", 373u32),
            ("x1.2xlarge.12", 408u32),
            ("x1.2xlarge.13", 443u32),
            ("x1.2xlarge.14", 478u32),
            ("x1.2xlarge.15", 513u32),
            ("x1.2xlarge.16", 548u32),
            ("x1.2xlarge.17", 583u32),
            ("x1.2xlarge.18", 618u32),
            ("x1.2xlarge.19", 653u32),
            ("x1.2xlarge.2", 58u32),
            ("x1.2xlarge.20", 688u32),
            ("x1.2xlarge.21", 723u32),
            ("x1.2xlarge.22", 758u32),
            ("x1.2xlarge.23", 793u32),
            ("x1.2xlarge.24", 828u32),
            ("x1.2xlarge.25", 863u32),
            ("x1.2xlarge.26", 898u32),
            ("x1.2xlarge.27", 933u32),
            ("x1.2xlarge.28", 968u32),
            ("x1.2xlarge.29", 1003u32),
            ("x1.2xlarge.3", 93u32),
            ("x1.2xlarge.30", 1038u32),
            ("x1.2xlarge.31", 1073u32),
            ("x1.2xlarge.4", 128u32),
            ("x1.2xlarge.5", 163u32),
            ("x1.2xlarge.6", 198u32),
            ("x1.2xlarge.7", 233u32),
            ("x1.2xlarge.8", 268u32),
            ("x1.2xlarge.9", 303u32),
            ("x1.4xlarge.1", 28u32),
            ("x1.4xlarge.10", 343u32),
            ("x1.4xlarge.11", 378u32),
            ("x1.4xlarge.12", 413u32),
            ("x1.4xlarge.13", 448u32),
            ("x1.4xlarge.14", 483u32),
            ("x1.4xlarge.15", 518u32),
            ("x1.4xlarge.16", 553u32),
            ("x1.4xlarge.17", 588u32),
            ("x1.4xlarge.18", 623u32),
            ("x1.4xlarge.19", 658u32),
            ("x1.4xlarge.2", 63u32),
            ("x1.4xlarge.20", 693u32),
            ("x1.4xlarge.21", 728u32),
            ("x1.4xlarge.22", 763u32),
            ("x1.4xlarge.23", 798u32),
            ("x1.4xlarge.24", 833u32),
            ("x1.4xlarge.25", 868u32),
            ("x1.4xlarge.26", 903u32),
            ("x1.4xlarge.27", 938u32),
            ("x1.4xlarge.28", 973u32),
            ("x1.4xlarge.29", 1008u32),
            ("x1.4xlarge.3", 98u32),
            ("x1.4xlarge.30", 1043u32),
            ("x1.4xlarge.31", 1078u32),
            ("x1.4xlarge.4", 133u32),
            ("x1.4xlarge.5", 168u32),
            ("x1.4xlarge.6", 203u32),
            ("x1.4xlarge.7", 238u32),
            ("x1.4xlarge.8", 273u32),
            ("x1.4xlarge.9", 308u32),
            ("x1.8xlarge.1", 33u32),
            ("x1.8xlarge.10", 348u32),
            ("x1.8xlarge.11", 383u32),
            ("x1.8xlarge.12", 418u32),
            ("x1.8xlarge.13", 453u32),
            ("x1.8xlarge.14", 488u32),
            ("x1.8xlarge.15", 523u32),
            ("x1.8xlarge.16", 558u32),
            ("x1.8xlarge.17", 593u32),
            ("x1.8xlarge.18", 628u32),
            ("x1.8xlarge.19", 663u32),
            ("x1.8xlarge.2", 68u32),
            ("x1.8xlarge.20", 698u32),
            ("x1.8xlarge.21", 733u32),
            ("x1.8xlarge.22", 768u32),
            ("x1.8xlarge.23", 803u32),
            ("x1.8xlarge.24", 838u32),
            ("x1.8xlarge.25", 873u32),
            ("x1.8xlarge.26", 908u32),
            ("x1.8xlarge.27", 943u32),
            ("x1.8xlarge.28", 978u32),
            ("x1.8xlarge.29", 1013u32),
            ("x1.8xlarge.3", 103u32),
            ("x1.8xlarge.30", 1048u32),
            ("x1.8xlarge.31", 1083u32),
            ("x1.8xlarge.4", 138u32),
            ("x1.8xlarge.5", 173u32),
            ("x1.8xlarge.6", 208u32),
            ("x1.8xlarge.7", 243u32),
            ("x1.8xlarge.8", 278u32),
            ("x1.8xlarge.9", 313u32),
            ("x1.large.1", 13u32),
            ("x1.large.10", 328u32),
            ("x1.large.11", 363u32),
            ("x1.large.12", 398u32),
            ("x1.large.13", 433u32),
            ("x1.large.14", 468u32),
            ("x1.large.15", 503u32),
            ("x1.large.16", 538u32),
            ("x1.large.17", 573u32),
            ("x1.large.18", 608u32),
            ("x1.large.19", 643u32),
            ("x1.large.2", 48u32),
            ("x1.large.20", 678u32),
            ("x1.large.21", 713u32),
            ("x1.large.22", 748u32),
            ("x1.large.23", 783u32),
            ("x1.large.24", 818u32),
            ("x1.large.25", 853u32),
            ("x1.large.26", 888u32),
            ("x1.large.27", 923u32),
            ("x1.large.28", 958u32),
            ("x1.large.29", 993u32),
            ("x1.large.3", 83u32),
            ("x1.large.30", 1028u32),
            ("x1.large.31", 1063u32),
            ("x1.large.32", 1098u32),
            ("x1.large.4", 118u32),
            ("x1.large.5", 153u32),
            ("x1.large.6", 188u32),
            ("x1.large.7", 223u32),
            ("x1.large.8", 258u32),
            ("x1.large.9", 293u32),
            ("x1.medium.1", 8u32),
            ("x1.medium.10", 323u32),
            ("x1.medium.11", 358u32),
            ("x1.medium.12", 393u32),
            ("x1.medium.13", 428u32),
            ("x1.medium.14", 463u32),
            ("x1.medium.15", 498u32),
            ("x1.medium.16", 533u32),
            ("x1.medium.17", 568u32),
            ("x1.medium.18", 603u32),
            ("x1.medium.19", 638u32),
            ("x1.medium.2", 43u32),
            ("x1.medium.20", 673u32),
            ("x1.medium.21", 708u32),
            ("x1.medium.22", 743u32),
            ("x1.medium.23", 778u32),
            ("x1.medium.24", 813u32),
            ("x1.medium.25", 848u32),
            ("x1.medium.26", 883u32),
            ("x1.medium.27", 918u32),
            ("x1.medium.28", 953u32),
            ("x1.medium.29", 988u32),
            ("x1.medium.3", 78u32),
            ("x1.medium.30", 1023u32),
            ("x1.medium.31", 1058u32),
            ("x1.medium.32", 1093u32),
            ("x1.medium.4", 113u32),
            ("x1.medium.5", 148u32),
            ("x1.medium.6", 183u32),
            ("x1.medium.7", 218u32),
            ("x1.medium.8", 253u32),
            ("x1.medium.9", 288u32),
            ("x1.small.1", 3u32),
            ("x1.small.10", 318u32),
            ("x1.small.11", 353u32),
            ("x1.small.12", 388u32),
            ("x1.small.13", 423u32),
            ("x1.small.14", 458u32),
            ("x1.small.15", 493u32),
            ("x1.small.16", 528u32),
            ("x1.small.17", 563u32),
            ("x1.small.18", 598u32),
            ("x1.small.19", 633u32),
            ("x1.small.2", 38u32),
            ("x1.small.20", 668u32),
            ("x1.small.21", 703u32),
            ("x1.small.22", 738u32),
            ("x1.small.23", 773u32),
            ("x1.small.24", 808u32),
            ("x1.small.25", 843u32),
            ("x1.small.26", 878u32),
            ("x1.small.27", 913u32),
            ("x1.small.28", 948u32),
            ("x1.small.29", 983u32),
            ("x1.small.3", 73u32),
            ("x1.small.30", 1018u32),
            ("x1.small.31", 1053u32),
            ("x1.small.32", 1088u32),
            ("x1.small.4", 108u32),
            ("x1.small.5", 143u32),
            ("x1.small.6", 178u32),
            ("x1.small.7", 213u32),
            ("x1.small.8", 248u32),
            ("x1.small.9", 283u32),
            ("x1.xlarge.1", 18u32),
            ("x1.xlarge.10", 333u32),
            ("x1.xlarge.11", 368u32),
            ("x1.xlarge.12", 403u32),
            ("x1.xlarge.13", 438u32),
            ("x1.xlarge.14", 473u32),
            ("x1.xlarge.15", 508u32),
            ("x1.xlarge.16", 543u32),
            ("x1.xlarge.17", 578u32),
            ("x1.xlarge.18", 613u32),
            ("x1.xlarge.19", 648u32),
            ("x1.xlarge.2", 53u32),
            ("x1.xlarge.20", 683u32),
            ("x1.xlarge.21", 718u32),
            ("x1.xlarge.22", 753u32),
            ("x1.xlarge.23", 788u32),
            ("x1.xlarge.24", 823u32),
            ("x1.xlarge.25", 858u32),
            ("x1.xlarge.26", 893u32),
            ("x1.xlarge.27", 928u32),
            ("x1.xlarge.28", 963u32),
            ("x1.xlarge.29", 998u32),
            ("x1.xlarge.3", 88u32),
            ("x1.xlarge.30", 1033u32),
            ("x1.xlarge.31", 1068u32),
            ("x1.xlarge.4", 123u32),
            ("x1.xlarge.5", 158u32),
            ("x1.xlarge.6", 193u32),
            ("x1.xlarge.7", 228u32),
            ("x1.xlarge.8", 263u32),
            ("x1.xlarge.9", 298u32),
        ];
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            self.0.as_str(Self::VALUES)
        }
        /// Parses a wire value; a value the spec does not list is kept as it is.
        #[inline]
        pub fn from_wire(s: &str) -> Self {
            Self(::generated_client::__private::LargeEnum::from_wire(s, Self::SORTED))
        }
        /// Whether the spec lists this value.
        #[inline]
        pub fn is_known(&self) -> bool {
            self.0.is_known()
        }
    }
    impl ::core::fmt::Debug for Flavor {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            self.0.debug(Self::NAMES, f)
        }
    }
    impl ::core::fmt::Display for Flavor {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::core::convert::From<&str> for Flavor {
        #[inline]
        fn from(s: &str) -> Self {
            Self::from_wire(s)
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for Flavor { fn serialize <
        S : ::generated_client::__private::serde::Serializer > (& self, s : S) ->
        ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_str(self.as_str(), s) } } impl < 'de >
        ::generated_client::__private::serde::Deserialize < 'de > for Flavor { fn
        deserialize < D : ::generated_client::__private::serde::Deserializer < 'de >> (d
        : D) -> ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_open_enum(d, Self::from_wire) } }
    }
    impl ::generated_client::__private::FromJson for Flavor {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            ::generated_client::__private::open_enum(v, Self::from_wire)
        }
    }
    impl ::generated_client::__private::ParamValue for Flavor {
        #[inline]
        fn push_values(&self, out: &mut ::std::vec::Vec<::std::string::String>) {
            out.push(self.as_str().to_owned());
        }
    }
    impl ::generated_client::__private::Validate for Flavor {
        #[inline]
        fn validate(
            &self,
            v: &mut ::generated_client::__private::Validator,
            _: &::generated_client::__private::Rules,
        ) {
            v.enum_value(self.as_str(), self.is_known(), Self::VALUES);
        }
    }
    /// Used as: `ShowFlavor` response 200.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ShowFlavorResponse {
        /// `flavor`
        ///
        /// Required.
        pub flavor: Flavor,
        /// `similar`
        pub similar: ::core::option::Option<::std::vec::Vec<Flavor>>,
    }
    impl ::generated_client::__private::FromJson for ShowFlavorResponse {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (flavor, similar) = o.read(["flavor", "similar"])?;
            ::core::result::Result::Ok(Self { flavor, similar })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        ShowFlavorResponse { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl ShowFlavorResponse { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new(flavor : Flavor) -> Self { Self { flavor, similar :
        ::core::option::Option::None } } #[doc = " Sets `similar`."] #[inline] pub fn
        similar(mut self, value : ::std::vec::Vec < Flavor >) -> Self { self.similar =
        ::core::option::Option::Some(value); self } }
    }
    /// Request of [`LargeEnum::show_flavor`].
    ///
    /// `GET /v1/flavors`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ShowFlavorRequest {
        /// `flavor`
        ///
        /// Query parameter `flavor`.
        ///
        /// Required. Example: `"c7.large.1"`.
        pub flavor: Flavor,
    }
    impl ShowFlavorRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(flavor: Flavor) -> Self {
            Self { flavor }
        }
    }
    impl ::generated_client::__private::Operation for ShowFlavorRequest {
        type Output = ShowFlavorResponse;
        type Error = ShowFlavorError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "large_enum",
            host: "flavors.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "ShowFlavor",
            method: "GET",
            path: "/v1/flavors",
            content_type: ::core::option::Option::None,
            streamed: &[],
        };
        #[inline]
        fn validate(&self, v: &mut ::generated_client::__private::Validator) {
            v.field("flavor", &self.flavor, &::generated_client::__private::Rules::NONE);
        }
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.query("flavor", &self.flavor);
        }
        #[inline]
        fn decode(
            r: &::generated_client::__private::RawResponse,
        ) -> ::core::result::Result<
            ::core::result::Result<Self::Output, Self::Error>,
            ::generated_client::__private::DecodeError,
        > {
            ::core::result::Result::Ok(
                match r.status() {
                    200u16 => ::core::result::Result::Ok(r.json()?),
                    _ => {
                        ::core::result::Result::Err(
                            ShowFlavorError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for ShowFlavorRequest { #[inline]
        fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { flavor : example.param("flavor") ?, }) } }
    }
    /// Error statuses of [`LargeEnum::show_flavor`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ShowFlavorError {
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for ShowFlavorError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for ShowFlavorError {}
    impl ::generated_client::__private::OperationError for ShowFlavorError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Calls of the Large enum service through a `Client` (a clone of it, so the handle can be stored or moved into a task).
    #[derive(Debug, Clone)]
    pub struct LargeEnum(::generated_client::__private::Handle);
    impl LargeEnum {
        /// Calls of this service through `client` (a clone of it: the handle and its calls borrow nothing).
        #[inline]
        pub fn new(client: &::generated_client::__private::Client) -> Self {
            Self(::generated_client::__private::Handle::new(client))
        }
        /// Applies per-call options (timeout, retries, extra headers) to the calls made through this handle.
        #[inline]
        pub fn with_options(
            self,
            options: ::generated_client::__private::CallOptions,
        ) -> Self {
            Self(self.0.with_options(options))
        }
        /// ShowFlavor
        ///
        /// `GET /v1/flavors`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`ShowFlavorResponse`]`>`, or [`Error`](generated_client::Error)`<`[`ShowFlavorError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = large_enum::ShowFlavorRequest::new(large_enum::Flavor::from_wire("c7.large.1"));
        /// let response = large_enum::LargeEnum::new(&client).show_flavor(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn show_flavor(
            &self,
            request: ShowFlavorRequest,
        ) -> ::generated_client::__private::Call<ShowFlavorRequest> {
            self.0.send(request)
        }
    }
    ::generated_client::__private::if_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = &
        [::generated_client::__private::contract:: < ShowFlavorRequest > as
        ::generated_client::__private::ContractFn];
    }
    ::generated_client::__private::unless_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = & [];
    }
    /// This service's description (routes, schemas, examples): for `MockConfig::services`, the OpenAPI export
    /// and `ClientBuilder::services`.
    pub static SERVICE: ::generated_client::__private::ServiceMeta = ::generated_client::__private::ServiceMeta {
        name: "large_enum",
        host: "flavors.{region}.{domain}",
        spec_json: ::generated_client::__private::spec_json!(
            ::generated_client::__private::__spec_json!("fixtures/large-enum.yaml")
        ),
        operations: &[
            <ShowFlavorRequest as ::generated_client::__private::Operation>::META,
        ],
        contracts: CONTRACTS,
    };
}
/// Every service this `generate!` defined (that is enabled): for `MockConfig::services`, the OpenAPI export
/// and `ClientBuilder::services`.
pub static SERVICES: ::generated_client::__private::Services = ::generated_client::__private::Services::new(
    &[&large_enum::SERVICE],
);
const _: &str = ::core::include_str!("fixtures/large-enum.yaml");
