/** Where a facet's calldata puts the receiver: LI.FI BridgeData (first argument) or the swap facets' `_receiver` (4th argument). */
export type FacetKind = 'bridge' | 'swap';

export interface FacetSignature {
  facet: string;
  kind: FacetKind;
  signature: string;
}

/**
 * Canonical signatures of LI.FI diamond facet functions that move user funds, from
 * lifinance/lifi-contract-types (typechain output, the `<Facet>Interface.functions` map of src/<Facet>.ts).
 * The commit of the stored file version each group was copied from is noted above the group: the
 * repository is regenerated per contracts release, so versions differ per file. `signature` is copied
 * verbatim, so keccak256(signature) gives the real 4-byte selector.
 *
 * kind 'swap': GenericSwapFacet / GenericSwapFacetV3. Every one of them is
 * `(bytes32 _transactionId, string _integrator, string _referrer, address _receiver, uint256 _minAmountOut, SwapData[] | SwapData _swapData)`
 * -- checked in each file's typed method list: the receiver is the 4th argument (index 3) of every
 * function listed here. No swap function with its receiver elsewhere was found, so none is excluded.
 *
 * kind 'bridge': every `startBridgeTokensVia*` / `swapAndStartBridgeTokensVia*` listed has the ILiFi
 * BridgeData tuple `(bytes32,string,string,address,address,address,uint256,uint256,bool,bool)`
 * (transactionId, bridge, integrator, referrer, sendingAssetId, receiver, minAmount,
 * destinationChainId, hasSourceSwaps, hasDestinationCall) as its FIRST argument.
 *
 * Where two versions of a facet were found (ChainflipFacet), both are listed: diamonds on different
 * chains can still run an older facet version, and the selectors differ.
 *
 * Not listed, not decodable as BridgeData, so the policy blocks them: the "Packed" facets
 * (AcrossFacetPacked, AcrossFacetPackedV3, AcrossFacetPackedV4, CBridgeFacetPacked, HopFacetPacked,
 * StargateFacetPacked/AmarokFacetPacked and any other *Packed facet) take hand-packed calldata, not
 * ABI-encoded BridgeData. Any selector not in this list is also blocked.
 */
export const LIFI_FACET_SIGNATURES: readonly FacetSignature[] = [
  // GenericSwapFacet: lifinance/lifi-contract-types @ 0954c9e755344a438d18132c6dad0b27d0ba71c0, src/GenericSwapFacet.ts
  { facet: 'GenericSwapFacet', kind: 'swap', signature: 'swapTokensGeneric(bytes32,string,string,address,uint256,(address,address,address,address,uint256,bytes,bool)[])' },

  // GenericSwapFacetV3: lifinance/lifi-contract-types @ 0892f60d1d6292e4d7fa8e25d44a7e785354908c, src/GenericSwapFacetV3.ts
  { facet: 'GenericSwapFacetV3', kind: 'swap', signature: 'swapTokensMultipleV3ERC20ToERC20(bytes32,string,string,address,uint256,(address,address,address,address,uint256,bytes,bool)[])' },
  { facet: 'GenericSwapFacetV3', kind: 'swap', signature: 'swapTokensMultipleV3ERC20ToNative(bytes32,string,string,address,uint256,(address,address,address,address,uint256,bytes,bool)[])' },
  { facet: 'GenericSwapFacetV3', kind: 'swap', signature: 'swapTokensMultipleV3NativeToERC20(bytes32,string,string,address,uint256,(address,address,address,address,uint256,bytes,bool)[])' },
  { facet: 'GenericSwapFacetV3', kind: 'swap', signature: 'swapTokensSingleV3ERC20ToERC20(bytes32,string,string,address,uint256,(address,address,address,address,uint256,bytes,bool))' },
  { facet: 'GenericSwapFacetV3', kind: 'swap', signature: 'swapTokensSingleV3ERC20ToNative(bytes32,string,string,address,uint256,(address,address,address,address,uint256,bytes,bool))' },
  { facet: 'GenericSwapFacetV3', kind: 'swap', signature: 'swapTokensSingleV3NativeToERC20(bytes32,string,string,address,uint256,(address,address,address,address,uint256,bytes,bool))' },

  // AcrossFacetV3: lifinance/lifi-contract-types @ 1c710ac2c663a8c737d53b13c42554a3aff976bc, src/AcrossFacetV3.ts
  { facet: 'AcrossFacetV3', kind: 'bridge', signature: 'startBridgeTokensViaAcrossV3((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,uint256,uint16,address,uint32,uint32,uint32,bytes))' },
  { facet: 'AcrossFacetV3', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaAcrossV3((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(address,address,address,uint256,uint16,address,uint32,uint32,uint32,bytes))' },

  // AcrossFacetV4: lifinance/lifi-contract-types @ 126f7732985794f9e7f10850dad0174969985e50, src/AcrossFacetV4.ts
  { facet: 'AcrossFacetV4', kind: 'bridge', signature: 'startBridgeTokensViaAcrossV4((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(bytes32,bytes32,bytes32,bytes32,uint256,uint128,bytes32,uint32,uint32,uint32,bytes))' },
  { facet: 'AcrossFacetV4', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaAcrossV4((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(bytes32,bytes32,bytes32,bytes32,uint256,uint128,bytes32,uint32,uint32,uint32,bytes))' },

  // StargateFacetV2: lifinance/lifi-contract-types @ 389ef995c984ec6eb965fc6be737ef6ae8fb4712, src/StargateFacetV2.ts
  { facet: 'StargateFacetV2', kind: 'bridge', signature: 'startBridgeTokensViaStargate((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(uint16,(uint32,bytes32,uint256,uint256,bytes,bytes,bytes),(uint256,uint256),address))' },
  { facet: 'StargateFacetV2', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaStargate((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(uint16,(uint32,bytes32,uint256,uint256,bytes,bytes,bytes),(uint256,uint256),address))' },

  // RelayFacet: lifinance/lifi-contract-types @ 2aeedf3a00712acc8dd19527866cd580c4ee9133, src/RelayFacet.ts
  { facet: 'RelayFacet', kind: 'bridge', signature: 'startBridgeTokensViaRelay((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(bytes32,bytes32,bytes32,bytes))' },
  { facet: 'RelayFacet', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaRelay((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(bytes32,bytes32,bytes32,bytes))' },

  // CBridgeFacet: lifinance/lifi-contract-types @ 62deb9e3fb0e273a64e5f2d36ab118dd44b74c43, src/CBridgeFacet.ts
  { facet: 'CBridgeFacet', kind: 'bridge', signature: 'startBridgeTokensViaCBridge((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(uint32,uint64))' },
  { facet: 'CBridgeFacet', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaCBridge((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(uint32,uint64))' },

  // HopFacet: lifinance/lifi-contract-types @ 46003cfefa4503d84bd1aeefe9ed4ac8cf573a17, src/HopFacet.ts
  { facet: 'HopFacet', kind: 'bridge', signature: 'startBridgeTokensViaHop((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(uint256,uint256,uint256,uint256,uint256))' },
  { facet: 'HopFacet', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaHop((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(uint256,uint256,uint256,uint256,uint256))' },

  // HopFacetOptimized: lifinance/lifi-contract-types @ 28b8c04135e4a5131d339050c8e97fb87a8cc091, src/HopFacetOptimized.ts
  { facet: 'HopFacetOptimized', kind: 'bridge', signature: 'startBridgeTokensViaHopL1ERC20((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(uint256,uint256,uint256,uint256,uint256,address))' },
  { facet: 'HopFacetOptimized', kind: 'bridge', signature: 'startBridgeTokensViaHopL1Native((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(uint256,uint256,uint256,uint256,uint256,address))' },
  { facet: 'HopFacetOptimized', kind: 'bridge', signature: 'startBridgeTokensViaHopL2ERC20((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(uint256,uint256,uint256,uint256,uint256,address))' },
  { facet: 'HopFacetOptimized', kind: 'bridge', signature: 'startBridgeTokensViaHopL2Native((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(uint256,uint256,uint256,uint256,uint256,address))' },
  { facet: 'HopFacetOptimized', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaHopL1ERC20((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(uint256,uint256,uint256,uint256,uint256,address))' },
  { facet: 'HopFacetOptimized', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaHopL1Native((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(uint256,uint256,uint256,uint256,uint256,address))' },
  { facet: 'HopFacetOptimized', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaHopL2ERC20((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(uint256,uint256,uint256,uint256,uint256,address))' },
  { facet: 'HopFacetOptimized', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaHopL2Native((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(uint256,uint256,uint256,uint256,uint256,address))' },

  // AmarokFacet: lifinance/lifi-contract-types @ 28b8c04135e4a5131d339050c8e97fb87a8cc091, src/AmarokFacet.ts
  { facet: 'AmarokFacet', kind: 'bridge', signature: 'startBridgeTokensViaAmarok((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(bytes,address,uint256,uint256,address,uint32))' },
  { facet: 'AmarokFacet', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaAmarok((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(bytes,address,uint256,uint256,address,uint32))' },

  // SymbiosisFacet: lifinance/lifi-contract-types @ 234e75d670650e9c8e04f35ed82a12dad2916482, src/SymbiosisFacet.ts
  { facet: 'SymbiosisFacet', kind: 'bridge', signature: 'startBridgeTokensViaSymbiosis((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,bytes32,bytes,bytes,address,address,address[],address,bytes,bool,address,address,bytes,uint256,uint256,bytes))' },
  { facet: 'SymbiosisFacet', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaSymbiosis((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(address,bytes32,bytes,bytes,address,address,address[],address,bytes,bool,address,address,bytes,uint256,uint256,bytes))' },

  // SquidFacet: lifinance/lifi-contract-types @ 2760a2d2743645fb8f48a62f2f08f7210cfc70a3, src/SquidFacet.ts
  { facet: 'SquidFacet', kind: 'bridge', signature: 'startBridgeTokensViaSquid((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(uint8,string,string,string,address,(uint8,address,uint256,bytes,bytes)[],bytes,uint256,bool))' },
  { facet: 'SquidFacet', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaSquid((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(uint8,string,string,string,address,(uint8,address,uint256,bytes,bytes)[],bytes,uint256,bool))' },

  // MayanFacet: lifinance/lifi-contract-types @ 2acd954075b3d6933be720221f08e3f5703be0a7, src/MayanFacet.ts
  { facet: 'MayanFacet', kind: 'bridge', signature: 'startBridgeTokensViaMayan((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(bytes32,address,bytes,address,bytes,address,uint256,address))' },
  { facet: 'MayanFacet', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaMayan((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(bytes32,address,bytes,address,bytes,address,uint256,address))' },

  // GasZipFacet: lifinance/lifi-contract-types @ 22cd983d6e0b0706640eafcb900c80d062eca3e2, src/GasZipFacet.ts
  { facet: 'GasZipFacet', kind: 'bridge', signature: 'startBridgeTokensViaGasZip((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(uint256,bytes32))' },
  { facet: 'GasZipFacet', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaGasZip((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(uint256,bytes32))' },

  // GlacisFacet: lifinance/lifi-contract-types @ 1769fd6a778d2c0b4749ec9e65d5eaf747fa1553, src/GlacisFacet.ts
  { facet: 'GlacisFacet', kind: 'bridge', signature: 'startBridgeTokensViaGlacis((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(bytes32,address,uint256))' },
  { facet: 'GlacisFacet', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaGlacis((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(bytes32,address,uint256))' },

  // ChainflipFacet: lifinance/lifi-contract-types @ 93e5cea1265c4047ffaee71746f182459b994b03, src/ChainflipFacet.ts
  { facet: 'ChainflipFacet', kind: 'bridge', signature: 'startBridgeTokensViaChainflip((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(bytes,uint32,address,(address,address,address,address,uint256,bytes,bool)[],uint256,bytes))' },
  { facet: 'ChainflipFacet', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaChainflip((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(bytes,uint32,address,(address,address,address,address,uint256,bytes,bool)[],uint256,bytes))' },

  // ChainflipFacet: lifinance/lifi-contract-types @ 1418d0fc9c138f3e6dcda30da866935f5837683d, src/ChainflipFacet.ts
  { facet: 'ChainflipFacet', kind: 'bridge', signature: 'startBridgeTokensViaChainflip((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(uint32,bytes32,bytes))' },
  { facet: 'ChainflipFacet', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaChainflip((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(uint32,bytes32,bytes))' },

  // AllBridgeFacet: lifinance/lifi-contract-types @ 17d16b06a1dad4ba8d927b07059e0c702c3b6aa4, src/AllBridgeFacet.ts
  { facet: 'AllBridgeFacet', kind: 'bridge', signature: 'startBridgeTokensViaAllBridge((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(uint256,bytes32,uint256,bytes32,uint256,uint8,bool))' },
  { facet: 'AllBridgeFacet', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaAllBridge((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(uint256,bytes32,uint256,bytes32,uint256,uint8,bool))' },

  // CelerCircleBridgeFacet: lifinance/lifi-contract-types @ 04a3fff67d4d27c41a911408f80c46f9e6f77b46, src/CelerCircleBridgeFacet.ts
  { facet: 'CelerCircleBridgeFacet', kind: 'bridge', signature: 'startBridgeTokensViaCelerCircleBridge((bytes32,string,string,address,address,address,uint256,uint256,bool,bool))' },
  { facet: 'CelerCircleBridgeFacet', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaCelerCircleBridge((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[])' },

  // DeBridgeDlnFacet: lifinance/lifi-contract-types @ 0824e8320e1c0a273abc62b73d17693f875aa77e, src/DeBridgeDlnFacet.ts
  { facet: 'DeBridgeDlnFacet', kind: 'bridge', signature: 'startBridgeTokensViaDeBridgeDln((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,bytes,uint256))' },
  { facet: 'DeBridgeDlnFacet', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaDeBridgeDln((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(address,bytes,uint256))' },

  // EverclearFacet: lifinance/lifi-contract-types @ 1b8dea6cb1686d03238f82d93dc97c9b67d8949d, src/EverclearFacet.ts
  { facet: 'EverclearFacet', kind: 'bridge', signature: 'startBridgeTokensViaEverclear((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(bytes32,bytes32,uint24,uint48,bytes,uint256,uint256,bytes))' },
  { facet: 'EverclearFacet', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaEverclear((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(bytes32,bytes32,uint24,uint48,bytes,uint256,uint256,bytes))' },

  // ArbitrumBridgeFacet: lifinance/lifi-contract-types @ 589259fd6a85e7feb91fa9b7fd0c137eeaab8089, src/ArbitrumBridgeFacet.ts
  { facet: 'ArbitrumBridgeFacet', kind: 'bridge', signature: 'startBridgeTokensViaArbitrumBridge((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(uint256,uint256,uint256))' },
  { facet: 'ArbitrumBridgeFacet', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaArbitrumBridge((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(uint256,uint256,uint256))' },

  // OptimismBridgeFacet: lifinance/lifi-contract-types @ 0dcb63c802304d36bae9853466538d172f591be5, src/OptimismBridgeFacet.ts
  { facet: 'OptimismBridgeFacet', kind: 'bridge', signature: 'startBridgeTokensViaOptimismBridge((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,uint32,bool))' },
  { facet: 'OptimismBridgeFacet', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaOptimismBridge((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(address,uint32,bool))' },

  // PolygonBridgeFacet: lifinance/lifi-contract-types @ 26e56255b2654d9838d7864f2d56a3f8f027f720, src/PolygonBridgeFacet.ts
  { facet: 'PolygonBridgeFacet', kind: 'bridge', signature: 'startBridgeTokensViaPolygonBridge((bytes32,string,string,address,address,address,uint256,uint256,bool,bool))' },
  { facet: 'PolygonBridgeFacet', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaPolygonBridge((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[])' },

  // GnosisBridgeFacet: lifinance/lifi-contract-types @ 16b2f4fb7e02d5f01c56939d6ec39ff83dc78fe1, src/GnosisBridgeFacet.ts
  { facet: 'GnosisBridgeFacet', kind: 'bridge', signature: 'startBridgeTokensViaXDaiBridge((bytes32,string,string,address,address,address,uint256,uint256,bool,bool))' },
  { facet: 'GnosisBridgeFacet', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaXDaiBridge((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[])' },

  // CelerIMFacetMutable (same functions in CelerIMFacetImmutable; both inherit CelerIMFacetBase): typechain `CelerIMFacetBaseInterface.functions`
  // found in the public code index (its repository was not named by the index; commit not pinned).
  { facet: 'CelerIMFacetMutable', kind: 'bridge', signature: 'startBridgeTokensViaCelerIM((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(uint32,uint64,bytes,bytes,uint256,uint8))' },
  { facet: 'CelerIMFacetMutable', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaCelerIM((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(uint32,uint64,bytes,bytes,uint256,uint8))' },

  // ThorSwapFacet: typechain `ThorSwapFacetInterface.functions` found in the public code index
  // (its repository was not named by the index; commit not pinned).
  { facet: 'ThorSwapFacet', kind: 'bridge', signature: 'startBridgeTokensViaThorSwap((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,string,uint256))' },
  { facet: 'ThorSwapFacet', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaThorSwap((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(address,string,uint256))' },

  // OmniBridgeFacet: lifinance/lifi-contract-types @ 41e3b6399ca9759eb56cd7d4578dc104bf153626, src/OmniBridgeFacet.ts
  { facet: 'OmniBridgeFacet', kind: 'bridge', signature: 'startBridgeTokensViaOmniBridge((bytes32,string,string,address,address,address,uint256,uint256,bool,bool))' },
  { facet: 'OmniBridgeFacet', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaOmniBridge((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[])' },

  // CelerCircleBridgeFacet 2.0.0 (CCTP v2: CelerCircleData { uint256 maxFee; uint32 minFinalityThreshold }):
  // lifinance/lifi-contract-types @ 91926b26c07cd0aac648d62a3e1362e72eb582ae, src/CelerCircleBridgeFacet.ts
  // (same functions in lifinance/contracts @ 03b7a2d714807bd66e23a7982513bc0a26ac68e8, src/Facets/CelerCircleBridgeFacet.sol).
  // Found because a real LI.FI /quote answer (tests/fixtures/lifi-real/quote-eth-to-arb-celercircle.answer.json) used
  // selector 0x4f3b0759, which the 1.x signatures above do not produce. The 1.x entries stay: older diamonds may run them.
  { facet: 'CelerCircleBridgeFacet', kind: 'bridge', signature: 'startBridgeTokensViaCelerCircleBridge((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(uint256,uint32))' },
  { facet: 'CelerCircleBridgeFacet', kind: 'bridge', signature: 'swapAndStartBridgeTokensViaCelerCircleBridge((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,address,uint256,bytes,bool)[],(uint256,uint32))' },
];
