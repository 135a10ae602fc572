// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// Stands in for the LI.FI diamond on anvil, speaking two real facet interfaces so the app's policy decodes
/// its calldata exactly as it decodes LI.FI's: GenericSwapFacet.swapTokensGeneric and
/// AcrossFacetV3.startBridgeTokensViaAcrossV3 (structs as in LI.FI's ILiFi, LibSwap and AcrossFacetV3).
/// A swap pulls the from-token with transferFrom (so an exact approval is needed) and pays the to-token from
/// this contract's balance; the fake DEX's output amount travels in the last swap's callData. A bridge pulls
/// on the source chain; the fake LI.FI relayer later calls `release` on the destination chain.
contract FakeLifiRouter {
    using SafeERC20 for IERC20;

    struct BridgeData {
        bytes32 transactionId;
        string bridge;
        string integrator;
        address referrer;
        address sendingAssetId;
        address receiver;
        uint256 minAmount;
        uint256 destinationChainId;
        bool hasSourceSwaps;
        bool hasDestinationCall;
    }

    struct SwapData {
        address callTo;
        address approveTo;
        address sendingAssetId;
        address receivingAssetId;
        uint256 fromAmount;
        bytes callData;
        bool requiresDeposit;
    }

    struct AcrossV3Data {
        address receiverAddress;
        address refundAddress;
        address receivingAssetId;
        uint256 outputAmount;
        uint16 outputAmountPercent;
        address exclusiveRelayer;
        uint32 quoteTimestamp;
        uint32 fillDeadline;
        uint32 exclusivityDeadline;
        bytes message;
    }

    address public immutable relayer;
    mapping(bytes32 => bool) public released;

    event Swapped(bytes32 indexed transactionId, address indexed sender, address receiver, address fromToken, uint256 fromAmount, address toToken, uint256 toAmount);
    event BridgeStarted(bytes32 indexed transactionId, address indexed sender, address receiver, address fromToken, uint256 fromAmount, uint256 destinationChainId, address toToken, uint256 toAmount);
    event BridgeReleased(bytes32 indexed transactionId, address indexed receiver, address toToken, uint256 toAmount);

    constructor(address relayer_) {
        relayer = relayer_;
    }

    receive() external payable {}

    function swapTokensGeneric(bytes32 _transactionId, string calldata, string calldata, address payable _receiver, uint256 _minAmount, SwapData[] calldata _swapData) external payable {
        require(_swapData.length > 0, "FakeLifiRouter: no swap");
        SwapData calldata first = _swapData[0];
        SwapData calldata last = _swapData[_swapData.length - 1];
        (uint256 toAmount) = abi.decode(last.callData[:32], (uint256));
        require(toAmount >= _minAmount, "FakeLifiRouter: amount out below minimum");
        _pull(first.sendingAssetId, first.fromAmount);
        _pay(last.receivingAssetId, _receiver, toAmount);
        emit Swapped(_transactionId, msg.sender, _receiver, first.sendingAssetId, first.fromAmount, last.receivingAssetId, toAmount);
    }

    function startBridgeTokensViaAcrossV3(BridgeData calldata _bridgeData, AcrossV3Data calldata _acrossData) external payable {
        require(_bridgeData.destinationChainId != block.chainid, "FakeLifiRouter: same chain");
        require(_acrossData.fillDeadline >= block.timestamp, "FakeLifiRouter: fill deadline passed");
        _pull(_bridgeData.sendingAssetId, _bridgeData.minAmount);
        emit BridgeStarted(_bridgeData.transactionId, msg.sender, _bridgeData.receiver, _bridgeData.sendingAssetId, _bridgeData.minAmount, _bridgeData.destinationChainId, _acrossData.receivingAssetId, _acrossData.outputAmount);
    }

    function release(bytes32 transactionId, address receiver, address toToken, uint256 toAmount) external {
        require(msg.sender == relayer, "FakeLifiRouter: only the relayer");
        require(!released[transactionId], "FakeLifiRouter: already released");
        released[transactionId] = true;
        _pay(toToken, receiver, toAmount);
        emit BridgeReleased(transactionId, receiver, toToken, toAmount);
    }

    function _pull(address token, uint256 amount) private {
        if (token == address(0)) {
            require(msg.value == amount, "FakeLifiRouter: wrong native amount");
        } else {
            require(msg.value == 0, "FakeLifiRouter: unexpected native value");
            IERC20(token).safeTransferFrom(msg.sender, address(this), amount);
        }
    }

    function _pay(address token, address to, uint256 amount) private {
        if (token == address(0)) {
            (bool ok, ) = to.call{value: amount}("");
            require(ok, "FakeLifiRouter: native payment failed");
        } else {
            IERC20(token).safeTransfer(to, amount);
        }
    }
}
